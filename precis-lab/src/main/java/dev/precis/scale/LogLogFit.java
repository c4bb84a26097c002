package dev.precis.scale;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Least-squares slope of log(time) against log(size): the exponent k of time ~ size^k. */
public final class LogLogFit {
    private LogLogFit() {
    }

    /** The exponent of wall time. */
    public static double exponent(List<ScalingPoint> points) {
        return exponent(points, ScalingPoint::seconds);
    }

    /** The exponent of the time {@code time} reads from each point. */
    public static double exponent(List<ScalingPoint> points, ToDoubleFunction<ScalingPoint> time) {
        int m = points.size();
        if (m < 2) throw new IllegalArgumentException("an exponent needs at least two sizes, got " + m);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (ScalingPoint p : points) {
            double x = Math.log(p.articles()), y = Math.log(time.applyAsDouble(p));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (m * sxy - sx * sy) / (m * sxx - sx * sx);
    }
}

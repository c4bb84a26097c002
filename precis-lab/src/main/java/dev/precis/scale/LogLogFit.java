package dev.precis.scale;

import java.util.List;

/** Least-squares slope of log(time) against log(size): the exponent k of time ~ size^k. */
public final class LogLogFit {
    private LogLogFit() {
    }

    public static double exponent(List<ScalingPoint> points) {
        int m = points.size();
        if (m < 2) throw new IllegalArgumentException("an exponent needs at least two sizes, got " + m);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (ScalingPoint p : points) {
            double x = Math.log(p.articles()), y = Math.log(p.seconds());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (m * sxy - sx * sy) / (m * sxx - sx * sx);
    }
}

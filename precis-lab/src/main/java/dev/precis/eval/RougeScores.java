package dev.precis.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4 (named after the default skip distance; it is the
 * distance of the options used) of one summary against one reference.
 */
public record RougeScores(Score rouge1, Score rouge2, Score rougeL, Score rougeSU4) {

    /** Recall, precision and their F-measure with alpha 0.5 (F1). */
    public record Score(double recall, double precision, double f1) {

        public static final Score ZERO = new Score(0, 0, 0);

        /** From counts as ROUGE-1.5.5 does: a zero denominator gives 0. */
        static Score of(long hit, long referenceCount, long systemCount) {
            double r = referenceCount != 0 ? (double) hit / referenceCount : 0;
            double p = systemCount != 0 ? (double) hit / systemCount : 0;
            return new Score(r, p, f(r, p));
        }

        /** F with alpha 0.5, written as ROUGE-1.5.5 writes it: {@code P*R / ((1-a)*P + a*R)}. */
        static double f(double recall, double precision) {
            double d = 0.5 * precision + 0.5 * recall;
            return d > 0 ? precision * recall / d : 0;
        }

        /**
         * This score as ROUGE-1.5.5 prints it: recall and precision rounded to 5 decimals
         * ({@code sprintf "%7.5f"}), F computed from the rounded two, then rounded.
         */
        public Score rounded() {
            double r = round5(recall);
            double p = round5(precision);
            return new Score(r, p, round5(f(r, p)));
        }

        static double round5(double x) {
            // The exact binary value, rounded half-even: what C's printf does with "%.5f".
            return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
        }
    }

    public static final RougeScores ZERO = new RougeScores(Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO);

    /** All four as ROUGE-1.5.5 prints them, see {@link Score#rounded()}. */
    public RougeScores rounded() {
        return new RougeScores(rouge1.rounded(), rouge2.rounded(), rougeL.rounded(), rougeSU4.rounded());
    }

    /** The plain mean of each figure (ROUGE-1.5.5's averages are means of per-pair figures). */
    public static RougeScores mean(Collection<RougeScores> scores) {
        if (scores.isEmpty()) {
            return ZERO;
        }
        double[] sum = new double[12];
        for (RougeScores s : scores) {
            Score[] all = {s.rouge1, s.rouge2, s.rougeL, s.rougeSU4};
            for (int i = 0; i < 4; i++) {
                sum[3 * i] += all[i].recall;
                sum[3 * i + 1] += all[i].precision;
                sum[3 * i + 2] += all[i].f1;
            }
        }
        int n = scores.size();
        Score[] mean = new Score[4];
        for (int i = 0; i < 4; i++) {
            mean[i] = new Score(sum[3 * i] / n, sum[3 * i + 1] / n, sum[3 * i + 2] / n);
        }
        return new RougeScores(mean[0], mean[1], mean[2], mean[3]);
    }
}

package dev.precis.learn;

import com.microsoft.ml.lightgbm.PredictionType;
import dev.precis.PrecisException;
import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;
import dev.precis.score.Scorer;
import dev.precis.score.Scores;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sentence salience learned from Multi-News references: {@link Features} of every sentence, scored
 * in one batch by a LightGBM model ({@link Trainer}), rescaled to [0, 1]. The shipped model is the
 * resource {@value #MODEL_RESOURCE}, loaded once per JVM on first use. Thread-safe: LightGBM's
 * prediction may be called from several threads on one booster.
 */
public final class LearnedScorer implements Scorer {
    public static final String NAME = "learned";
    public static final String MODEL_RESOURCE = "/dev/precis/learn/model.txt";

    private static final class Shipped {
        static final LGBMBooster BOOSTER = load(resourceText());
    }

    private final LGBMBooster booster; // null: the shipped one, loaded lazily

    /** The scorer of the shipped model. */
    public LearnedScorer() {
        this.booster = null;
    }

    /** A scorer over a model given as LightGBM model text (from {@link Trainer#train}). */
    public static LearnedScorer of(String modelText) {
        return new LearnedScorer(load(modelText));
    }

    private LearnedScorer(LGBMBooster booster) {
        this.booster = booster;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ClusterText text, TermVectors vectors) {
        int n = text.size();
        if (n == 0) return new double[0];
        double[] rows = Features.extract(text, vectors);
        LGBMBooster b = booster != null ? booster : Shipped.BOOSTER;
        try {
            double[] raw = b.predictForMat(rows, n, Features.count(), true,
                    PredictionType.C_API_PREDICT_RAW_SCORE, "num_threads=1");
            return Scores.normalise(raw.length == n ? raw : Arrays.copyOf(raw, n));
        } catch (LGBMException e) {
            throw new PrecisException("learned scorer: LightGBM prediction failed: " + e.getMessage(), e);
        }
    }

    /** The shipped model's text. */
    public static String resourceText() {
        try (InputStream in = LearnedScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new PrecisException("learned model not on the classpath: " + MODEL_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PrecisException("cannot read learned model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static LGBMBooster load(String modelText) {
        try {
            LGBMBooster b = LGBMBooster.loadModelFromString(modelText);
            String[] names = b.getFeatureNames();
            if (!Arrays.equals(names, Features.names())) {
                b.close();
                throw new PrecisException("learned model was trained on other features (" + names.length
                        + " named " + String.join(",", names) + "); retrain it with `precis train`");
            }
            return b;
        } catch (LGBMException e) {
            throw new PrecisException("cannot load learned model: " + e.getMessage(), e);
        }
    }
}

package dev.precis.score.learned;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.PrecisFault;
import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;
import dev.precis.score.Scorer;
import dev.precis.score.Scores;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sentence salience learned from Multi-News references: {@link Features} of every sentence, scored
 * in one batch by a LightGBM model trained by {@link Trainer}, rescaled to [0, 1]. The model is
 * evaluated by {@link TreeEnsemble} (the same trees, in Java: LightGBM's C API costs about ten times
 * as much per cluster). The shipped model is the resource {@value #MODEL_RESOURCE}, loaded once per
 * JVM on first use. Immutable and thread-safe.
 */
public final class LearnedScorer implements Scorer {
    public static final String NAME = "learned";
    public static final String MODEL_RESOURCE = "/dev/precis/score/learned/model.txt";

    private static final class Shipped {
        static final TreeEnsemble MODEL = load(resourceText());
    }

    private final TreeEnsemble model; // null: the shipped one, loaded lazily

    /** The scorer of the shipped model. */
    public LearnedScorer() {
        this.model = null;
    }

    /** A scorer over a model given as LightGBM model text (from {@link Trainer#train}). */
    public static LearnedScorer of(String modelText) {
        return new LearnedScorer(load(modelText));
    }

    private LearnedScorer(TreeEnsemble model) {
        this.model = model;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ClusterAnalysis analysis) {
        if (analysis.text().size() == 0) return new double[0];
        return TrainedDepth.damp(Scores.normalise(rawScores(analysis)), analysis.text());
    }

    /** The model's raw outputs, before rescaling (log-odds for a binary model). */
    public double[] rawScores(ClusterAnalysis analysis) {
        TreeEnsemble m = model != null ? model : Shipped.MODEL;
        return m.predict(Features.extract(analysis), analysis.text().size());
    }

    /** Loads the shipped model now (it is otherwise loaded on first use); fails if it is unusable. */
    public static void preload() {
        if (Shipped.MODEL.trees() < 1) throw new PrecisFault("learned model has no trees");
    }

    /** The shipped model's text. */
    public static String resourceText() {
        try (InputStream in = LearnedScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new PrecisFault("learned model not on the classpath: " + MODEL_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PrecisFault("cannot read learned model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static TreeEnsemble load(String modelText) {
        TreeEnsemble m = TreeEnsemble.parse(modelText);
        if (!Arrays.equals(m.featureNames(), Features.names())) {
            throw new PrecisFault("learned model was trained on other features (" + m.featureNames().length
                    + ": " + String.join(",", m.featureNames()) + "); retrain it with `precis train`");
        }
        return m;
    }
}

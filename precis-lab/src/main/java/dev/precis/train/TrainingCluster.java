package dev.precis.train;

import dev.precis.render.TextRenderer;
import dev.precis.score.learned.Features;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.score.learned.TreeEnsemble;
import dev.precis.Pipeline;
import dev.precis.model.BadInputException;
import dev.precis.eval.Oracle;
import dev.precis.eval.ReferenceText;
import dev.precis.eval.Rouge;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.select.Budget;
import dev.precis.select.Candidates;

import java.util.ArrayList;
import java.util.List;

/**
 * One cluster turned into training rows: the features of each sentence a selector could take
 * (eligible and within the budget on its own; the others are never chosen, so they teach nothing),
 * and what the project's own ROUGE says about each: its ROUGE-1 and ROUGE-2 recall alone against
 * the reference, and whether the greedy {@link Oracle} took it (and in which round) or how close it comes to a
 * sentence it took.
 *
 * @param id       the cluster id
 * @param features row-major, {@link Features#count()} columns, one row per candidate
 * @param rouge1   per candidate, ROUGE-1 recall of the sentence alone
 * @param rouge2   per candidate, ROUGE-2 recall of the sentence alone
 * @param oracle   per candidate, 1 + the round the oracle took it in; when the oracle did not take it,
 *                 minus its highest cosine (in hundredths, rounded) with a sentence the oracle took
 */
public record TrainingCluster(String id, double[] features, double[] rouge1, double[] rouge2, int[] oracle) {

    public int rows() {
        return rouge1.length;
    }

    /** A cluster that gave no training row (no usable text, no reference or no candidate), kept so caches stay positional. */
    public static TrainingCluster empty(String id) {
        return new TrainingCluster(id, new double[0], new double[0], new double[0], new int[0]);
    }

    /** The sentences an oracle may choose from: those a summary may take ({@link Candidates#eligible}) that fit the budget alone. */
    static List<Sentence> oracleCandidates(ClusterText text, Budget budget) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (Candidates.eligible(s) && budget.cost(s) <= budget.limit()) out.add(s);
        }
        return out;
    }

    /**
     * Prepares a cluster (clean, segment) and labels its candidates.
     *
     * @return null when the cluster has no reference or no candidate sentence
     */
    public static TrainingCluster of(Cluster cluster, Pipeline pipeline, Rouge rouge, Budget budget) {
        return of(cluster, pipeline, rouge, budget, 0);
    }

    /**
     * As {@link #of(Cluster, Pipeline, Rouge, Budget)}, with an oracle that may also add two sentences
     * in one step: every pair of the {@code pairs} candidates with the best ROUGE-2 + ROUGE-1 recall
     * alone joins the candidates as one unit. ROUGE counts bigrams across sentence ends, so a pair
     * scores exactly as its two sentences taken in a row; the greedy oracle then sees gains that
     * only two sentences together bring. 0 or 1: single sentences only.
     */
    public static TrainingCluster of(Cluster cluster, Pipeline pipeline, Rouge rouge, Budget budget, int pairs) {
        if (!cluster.hasReference()) return null;
        ClusterText text;
        try {
            text = pipeline.prepare(cluster);
        } catch (BadInputException e) {
            return null;
        }
        TermVectors vectors = TermVectors.of(text);
        double[] all = Features.extract(text, vectors);
        int f = Features.count();
        List<Integer> keep = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (Sentence s : oracleCandidates(text, budget)) {
            keep.add(s.id());
            candidates.add(TextRenderer.oneLine(s.text()));
        }
        if (keep.isEmpty()) return null;
        Rouge.Reference reference = rouge.reference(OpenNlpSegmenter.sentences(ReferenceText.clean(cluster.reference())));
        int m = keep.size();
        PairOracle.Labels labels = PairOracle.select(candidates, reference, budget.limit(), pairs);
        int[] selected = labels.selected();
        double[] features = new double[m * f];
        for (int r = 0; r < m; r++) System.arraycopy(all, keep.get(r) * f, features, r * f, f);
        int[] oracle = new int[m];
        for (int k = 0; k < selected.length; k++) oracle[selected[k]] = k + 1;
        for (int r = 0; r < m; r++) {
            if (oracle[r] > 0) continue;
            double best = 0;
            for (int k : selected) best = Math.max(best, vectors.cosine(keep.get(r), keep.get(k)));
            oracle[r] = -(int) Math.round(100 * best);
        }
        return new TrainingCluster(cluster.id(), features, labels.rouge1(), labels.rouge2(), oracle);
    }

    /** Cache format tag: a cache from before the oracle column held near-duplicate cosines is not read. */
    private static final String FORMAT = "v2;";

    /** Writes clusters to a cache file (a development convenience: features change, so does the file). */
    public static void write(List<TrainingCluster> clusters, java.nio.file.Path file) throws java.io.IOException {
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))))) {
            out.writeInt(Features.count());
            out.writeUTF(FORMAT + String.join(",", Features.names()));
            out.writeInt(clusters.size());
            for (TrainingCluster c : clusters) {
                out.writeUTF(c.id());
                out.writeInt(c.rows());
                for (double v : c.features()) out.writeDouble(v);
                for (double v : c.rouge1()) out.writeDouble(v);
                for (double v : c.rouge2()) out.writeDouble(v);
                for (int v : c.oracle()) out.writeInt(v);
            }
        }
    }

    /** Reads a cache file written by {@link #write}; null when it was written for other features. */
    public static List<TrainingCluster> read(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file))))) {
            int f = in.readInt();
            String names = in.readUTF();
            if (f != Features.count() || !names.equals(FORMAT + String.join(",", Features.names()))) return null;
            int n = in.readInt();
            List<TrainingCluster> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                String id = in.readUTF();
                int m = in.readInt();
                double[] x = new double[m * f];
                for (int i = 0; i < x.length; i++) x[i] = in.readDouble();
                double[] r1 = new double[m], r2 = new double[m];
                for (int i = 0; i < m; i++) r1[i] = in.readDouble();
                for (int i = 0; i < m; i++) r2[i] = in.readDouble();
                int[] o = new int[m];
                for (int i = 0; i < m; i++) o[i] = in.readInt();
                out.add(new TrainingCluster(id, x, r1, r2, o));
            }
            return out;
        }
    }
}

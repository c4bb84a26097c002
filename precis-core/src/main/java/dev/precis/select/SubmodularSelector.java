package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.Similarities;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.List;

/**
 * Coverage plus diversity, after Lin and Bilmes (2011), "A class of submodular functions for
 * document summarization":
 *
 * <pre>
 *   F(S) = L(S) / L(V) + lambda * R(S) / R(V)
 *   L(S) = sum over all sentences i of min(C_i(S), alpha * C_i(V)),  C_i(S) = sum_{j in S} cos(i, j)
 *   R(S) = sum over clusters P_k of sqrt(sum_{j in S and P_k} r_j)
 * </pre>
 *
 * Coverage L saturates: once a sentence of the cluster is well represented, more of the same earns
 * nothing. Diversity R rewards taking from many clusters of similar sentences; the singleton reward
 * {@code r_j} is the scorer's score, so the scorer steers which sentence of a cluster is taken. The
 * clusters come from one leader pass over the sentences in score order (a sentence joins the most
 * similar leader with cosine at least {@value #CLUSTER_SIMILARITY}, else leads a new cluster),
 * a cheap, deterministic stand-in for the paper's k-means. Both terms are scaled by their value
 * on the whole cluster so {@code lambda} means the same for every cluster.
 *
 * <p>Budgeted greedy with cost scaling: each step takes the fitting candidate with the best
 * {@code gain / cost^r} (lazily re-evaluated, which submodularity allows); at the end the result is compared with the best single sentence, which
 * gives the paper's constant-factor guarantee. Like every selector here it also refuses a candidate
 * whose cosine with a chosen sentence exceeds the redundancy threshold. Sums run over the sparse
 * {@link Similarities} rows, so a gain costs the sentence's neighbours, not n.
 */
public final class SubmodularSelector implements Selector {
    public static final String NAME = "submodular";
    /** alpha = SATURATION / n, as in the paper (a = 5). */
    public static final double SATURATION = 5.0;
    public static final double DEFAULT_LAMBDA = 1.0;
    public static final double DEFAULT_COST_SCALING = 0.3;
    public static final double DEFAULT_REDUNDANCY = MmrSelector.DEFAULT_REDUNDANCY;
    static final double CLUSTER_SIMILARITY = 0.2;

    private final double lambda;
    private final double costScaling;
    private final double redundancy;

    public SubmodularSelector() {
        this(DEFAULT_LAMBDA, DEFAULT_COST_SCALING, DEFAULT_REDUNDANCY);
    }

    /**
     * @param lambda      weight of diversity against coverage (both scaled to [0, 1])
     * @param costScaling exponent r of the cost in the greedy ratio gain / cost^r
     * @param redundancy  cosine above which a candidate counts as repeating a chosen sentence
     */
    public SubmodularSelector(double lambda, double costScaling, double redundancy) {
        if (!(lambda >= 0)) throw new IllegalArgumentException("lambda must be >= 0, got " + lambda);
        if (!(costScaling >= 0)) throw new IllegalArgumentException("cost scaling must be >= 0, got " + costScaling);
        if (!(redundancy > 0 && redundancy <= 1)) throw new IllegalArgumentException("redundancy must be in (0, 1], got " + redundancy);
        this.lambda = lambda;
        this.costScaling = costScaling;
        this.redundancy = redundancy;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Sentence> select(ClusterAnalysis analysis, double[] scores, Budget budget) {
        ClusterText text = analysis.text();
        int[] cand = Candidates.ranked(analysis, scores, budget);
        int m = cand.length;
        if (m == 0) return List.of();
        int n = text.size();
        Similarities sim = analysis.similarities();

        // Coverage caps.
        double alpha = Math.min(1.0, SATURATION / n);
        double[] cap = new double[n];
        double coverageAll = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int e = sim.start(i), end = sim.end(i); e < end; e++) sum += sim.weight(e);
            cap[i] = alpha * sum;
            coverageAll += cap[i];
        }
        double coverageNorm = coverageAll > 0 ? 1.0 / coverageAll : 0;

        // Clusters for diversity, and its normaliser.
        int[] cluster = clusters(sim, scores, n);
        double[] row = new double[n]; // the picked sentence's cosines, scattered for lookup
        int k = 0;
        for (int c : cluster) k = Math.max(k, c + 1);
        double[] rewardAll = new double[k];
        for (int i = 0; i < n; i++) rewardAll[cluster[i]] += Math.max(0, scores[i]);
        double diversityAll = 0;
        for (double r : rewardAll) diversityAll += Math.sqrt(r);
        double diversityNorm = diversityAll > 0 ? lambda / diversityAll : 0;

        int[] cost = new int[m];
        double[] scaledCost = new double[m];
        for (int i = 0; i < m; i++) {
            cost[i] = budget.cost(text.sentence(cand[i]));
            scaledCost[i] = Math.pow(Math.max(1, cost[i]), costScaling);
        }

        double[] covered = new double[n];
        double[] reward = new double[k];
        boolean[] out = new boolean[m];
        double[] maxSim = new double[m];
        int[] picks = new int[m];
        int picked = 0;
        int left = budget.limit();
        double value = 0;
        // Lazy greedy (Minoux): marginal gains only shrink as the set grows, so a gain computed in
        // an earlier round is an upper bound; only the top candidate needs recomputing.
        double[] singleton = new double[m];
        double[] gainOf = new double[m];
        double[] bound = new double[m];
        int[] stamp = new int[m];
        for (int c = 0; c < m; c++) {
            singleton[c] = gain(cand[c], sim, covered, cap, coverageNorm, cluster, reward, scores, diversityNorm);
            gainOf[c] = singleton[c];
            bound[c] = singleton[c] / scaledCost[c];
        }
        int round = 0;
        while (left > 0) {
            int best = -1;
            while (true) {
                best = -1;
                double top = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < m; c++) {
                    if (out[c]) continue;
                    if (cost[c] > left || maxSim[c] > redundancy) {
                        out[c] = true;
                        continue;
                    }
                    if (bound[c] > top || (best >= 0 && bound[c] == top && stamp[c] == round && stamp[best] != round)) {
                        top = bound[c];
                        best = c;
                    }
                }
                if (best < 0 || stamp[best] == round) break;
                gainOf[best] = gain(cand[best], sim, covered, cap, coverageNorm, cluster, reward, scores, diversityNorm);
                bound[best] = gainOf[best] / scaledCost[best];
                stamp[best] = round;
            }
            if (best < 0) break;
            out[best] = true;
            int id = cand[best];
            picks[picked++] = best;
            value += gainOf[best];
            left -= cost[best];
            round++;
            for (int e = sim.start(id), end = sim.end(id); e < end; e++) {
                covered[sim.neighbour(e)] += sim.weight(e);
                row[sim.neighbour(e)] = sim.weight(e);
            }
            reward[cluster[id]] += Math.max(0, scores[id]);
            for (int c = 0; c < m; c++) {
                if (!out[c]) maxSim[c] = Math.max(maxSim[c], row[cand[c]]);
            }
            for (int e = sim.start(id), end = sim.end(id); e < end; e++) row[sim.neighbour(e)] = 0;
        }

        // Lin and Bilmes: keep the better of the greedy set and the best single sentence.
        int bestSingle = -1;
        double bestSingleValue = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < m; c++) {
            if (singleton[c] > bestSingleValue) {
                bestSingleValue = singleton[c];
                bestSingle = c;
            }
        }
        List<Sentence> chosen = new ArrayList<>();
        if (bestSingleValue > value + 1e-12) {
            chosen.add(text.sentence(cand[bestSingle]));
        } else {
            for (int p = 0; p < picked; p++) chosen.add(text.sentence(cand[picks[p]]));
        }
        return chosen;
    }

    private static double gain(int id, Similarities sim, double[] covered, double[] cap, double coverageNorm,
                               int[] cluster, double[] reward, double[] scores, double diversityNorm) {
        double coverage = 0;
        for (int e = sim.start(id), end = sim.end(id); e < end; e++) {
            int i = sim.neighbour(e);
            double w = sim.weight(e);
            if (w == 0) continue;
            double before = covered[i], c = cap[i];
            if (before >= c) continue;
            coverage += Math.min(before + w, c) - before;
        }
        double r = reward[cluster[id]];
        double diversity = Math.sqrt(r + Math.max(0, scores[id])) - Math.sqrt(r);
        return coverage * coverageNorm + diversity * diversityNorm;
    }

    /** Leader clustering in score order; returns a cluster number per sentence. */
    private static int[] clusters(Similarities sim, double[] scores, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Candidates.sortByScoreDescending(order, scores);
        int[] cluster = new int[n];
        int[] leaders = new int[n];
        int count = 0;
        for (int id : order) {
            int best = -1;
            double bestSim = CLUSTER_SIMILARITY;
            for (int l = 0; l < count; l++) {
                double s = sim.get(id, leaders[l]);
                if (s >= bestSim) {
                    bestSim = s;
                    best = l;
                }
            }
            if (best < 0) {
                leaders[count] = id;
                best = count++;
            }
            cluster[id] = best;
        }
        return cluster;
    }
}

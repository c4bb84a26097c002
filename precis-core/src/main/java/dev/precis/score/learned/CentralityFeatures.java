package dev.precis.score.learned;

import dev.precis.represent.Similarities;
import dev.precis.represent.TermVectors;
import dev.precis.score.PageRank;
import dev.precis.score.Scores;

/** How central a sentence is: to the cluster centroid, in the LexRank graph, and to the articles' leads. */
final class CentralityFeatures implements FeatureGroup {
    /** Tolerance of the LexRank power iteration: ranks, not exact probabilities, are what count here. */
    static final double PAGERANK_TOLERANCE = 1e-4;
    /** Similarity above which two sentences count as neighbours for the degree. */
    private static final double DEGREE_EDGE = 0.1;

    private final ClusterCounts counts;
    private final double[] centroid;
    private final double[] centroidRank;
    private final double[] lexrank;
    private final double[] lexrankRank;
    /** Lead sentence of the first article that has one; -1 if none. */
    private final int firstArticleLead;
    /** Whether each sentence is the lead of its article. */
    private final boolean[] isLead;

    CentralityFeatures(ClusterCounts counts, TermVectors vectors) {
        this.counts = counts;
        int n = counts.size;
        lexrank = Scores.normalise(PageRank.rank(counts.similarity, PageRank.DAMPING, PAGERANK_TOLERANCE, 100));
        centroid = new double[n];
        for (int i = 0; i < n; i++) centroid[i] = vectors.centroidSimilarity(i);
        centroidRank = Features.rankPercentile(centroid);
        lexrankRank = Features.rankPercentile(lexrank);
        int lead = -1;
        for (int a = 0; a < counts.articles && lead < 0; a++) lead = counts.firstOf[a];
        firstArticleLead = lead;
        isLead = new boolean[n];
        for (int a = 0; a < counts.articles; a++) if (counts.firstOf[a] >= 0) isLead[counts.firstOf[a]] = true;
    }

    @Override
    public void fill(int i, double[] m, int row) {
        int n = counts.size;
        Similarities sim = counts.similarity;
        m[row + Features.CENTROID] = centroid[i];
        m[row + Features.CENTROID_RANK] = centroidRank[i];
        m[row + Features.LEXRANK] = lexrank[i];
        m[row + Features.LEXRANK_RANK] = lexrankRank[i];
        int ownLead = counts.firstOf[counts.sentences.get(i).article()];
        // A lead that is not among the neighbours has cosine 0, which is where each value starts.
        double degree = 0, ownLeadCosine = 0, firstLeadCosine = 0, leadLike = 0;
        for (int e = sim.start(i), end = sim.end(i); e < end; e++) {
            int j = sim.neighbour(e);
            if (j == i) continue;
            double c = sim.weight(e);
            if (c > DEGREE_EDGE) degree++;
            if (!isLead[j]) continue;
            if (j == ownLead) ownLeadCosine = c;
            if (j == firstArticleLead) firstLeadCosine = c;
            if (c > leadLike) leadLike = c;
        }
        m[row + Features.DEGREE] = n <= 1 ? 0 : degree / (n - 1);
        m[row + Features.LEAD_SIMILARITY] = ownLead < 0 || ownLead == i ? 1 : ownLeadCosine;
        m[row + Features.TITLE_LIKE] = firstArticleLead < 0 || firstArticleLead == i ? 1 : firstLeadCosine;
        m[row + Features.LEAD_LIKE] = leadLike;
    }
}

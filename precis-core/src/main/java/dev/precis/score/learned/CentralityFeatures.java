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
    /** Scratch: the current sentence's cosines, scattered by sentence id, zero elsewhere. */
    private final double[] cosines;

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
        cosines = new double[n];
    }

    @Override
    public void fill(int i, double[] m, int row) {
        int n = counts.size;
        Similarities sim = counts.similarity;
        m[row + Features.CENTROID] = centroid[i];
        m[row + Features.CENTROID_RANK] = centroidRank[i];
        m[row + Features.LEXRANK] = lexrank[i];
        m[row + Features.LEXRANK_RANK] = lexrankRank[i];
        double degree = 0;
        for (int e = sim.start(i), end = sim.end(i); e < end; e++) {
            cosines[sim.neighbour(e)] = sim.weight(e);
            if (sim.neighbour(e) != i && sim.weight(e) > DEGREE_EDGE) degree++;
        }
        m[row + Features.DEGREE] = n <= 1 ? 0 : degree / (n - 1);
        int ownLead = counts.firstOf[counts.sentences.get(i).article()];
        m[row + Features.LEAD_SIMILARITY] = ownLead < 0 || ownLead == i ? 1 : cosines[ownLead];
        m[row + Features.TITLE_LIKE] = firstArticleLead < 0 || firstArticleLead == i ? 1 : cosines[firstArticleLead];
        double leadLike = 0;
        for (int b = 0; b < counts.articles; b++) {
            int lead = counts.firstOf[b];
            if (lead >= 0 && lead != i && cosines[lead] > leadLike) leadLike = cosines[lead];
        }
        for (int e = sim.start(i), end = sim.end(i); e < end; e++) cosines[sim.neighbour(e)] = 0;
        m[row + Features.LEAD_LIKE] = leadLike;
    }
}

package dev.precis.score.learned;

import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.Arrays;

/** How long a sentence is, in words and in terms, and against the cluster's median sentence. */
final class LengthFeatures implements FeatureGroup {
    private final ClusterCounts counts;
    private final TermVectors vectors;
    private final double medianWords;

    LengthFeatures(ClusterCounts counts, TermVectors vectors) {
        this.counts = counts;
        this.vectors = vectors;
        int[] lengths = new int[counts.size];
        for (Sentence s : counts.sentences) lengths[s.id()] = s.wordCount();
        Arrays.sort(lengths);
        medianWords = Math.max(1, lengths[counts.size / 2]);
    }

    @Override
    public void fill(int i, double[] m, int row) {
        int words = counts.sentences.get(i).wordCount();
        int terms = vectors.termIds(i).length;
        m[row + Features.WORDS] = words;
        m[row + Features.TERMS] = terms;
        m[row + Features.TERM_DENSITY] = words == 0 ? 0 : (double) terms / words;
        m[row + Features.WORDS_VS_MEDIAN] = words / medianWords;
    }
}

package dev.precis.score;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.List;

/**
 * Round-robin lead: the first sentence of article 1, of article 2, ..., then the second sentence
 * of each, and so on. Scores fall linearly along that order from 1 to 0, so a selector that takes
 * the best scores first reads the articles' leads in turn.
 */
public final class LeadScorer implements Scorer {
    public static final String NAME = "lead";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        List<Sentence> sentences = text.sentences();
        int n = sentences.size();
        double[] scores = new double[n];
        if (n == 0) return scores;
        // Rank key: position first, then article index; both small, so pack them in a long.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            keys[i] = ((long) s.position() << 40) | ((long) s.article() << 20) | i;
        }
        java.util.Arrays.sort(keys);
        if (n == 1) {
            scores[0] = 1;
            return scores;
        }
        for (int r = 0; r < n; r++) {
            int id = (int) (keys[r] & 0xFFFFF);
            scores[id] = (double) (n - 1 - r) / (n - 1);
        }
        return scores;
    }
}

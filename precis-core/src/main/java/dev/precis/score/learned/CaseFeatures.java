package dev.precis.score.learned;

import dev.precis.model.Sentence;

import java.util.List;

/**
 * Capitals in a sentence, beside how cased the whole cluster is: lower-cased training text has
 * none, so the cluster's level tells a model which form it is looking at.
 */
final class CaseFeatures implements FeatureGroup {
    private final ClusterCounts counts;
    /** Share of the cluster's non-initial words that start with a capital. */
    private final double clusterCased;

    CaseFeatures(ClusterCounts counts) {
        this.counts = counts;
        long casedWords = 0, laterWords = 0;
        for (Sentence s : counts.sentences) {
            List<String> w = s.words();
            for (int k = 1; k < w.size(); k++) {
                laterWords++;
                if (Character.isUpperCase(w.get(k).codePointAt(0))) casedWords++;
            }
        }
        clusterCased = laterWords == 0 ? 0 : (double) casedWords / laterWords;
    }

    @Override
    public void fill(int i, double[] m, int row) {
        List<String> words = counts.sentences.get(i).words();
        int capitals = 0, allCaps = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (k > 0 && Character.isUpperCase(w.codePointAt(0))) capitals++;
            if (w.length() > 1 && isAllCaps(w)) allCaps++;
        }
        m[row + Features.CAPITALS] = words.size() <= 1 ? 0 : (double) capitals / (words.size() - 1);
        m[row + Features.ALL_CAPS] = (double) allCaps / Math.max(1, words.size());
        m[row + Features.CLUSTER_CASED] = clusterCased;
    }

    private static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }
}

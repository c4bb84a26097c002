package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

/**
 * Which sentences a selector may take, and in what order it should look at them. Shared by every
 * selector so they differ only in how they choose.
 */
public final class Candidates {
    /** Sentences shorter than this many words are fragments, not summary material. */
    public static final int MIN_WORDS = 5;
    /**
     * Sentences shorter than this many words are not summary material where their article keeps its
     * capitals ({@link CasedArticles}): in raw pages the short ones that fill a summary's last words
     * are a review's line, a video promo, a caption ("Would highly recommend him as a guide.";
     * round rouge12). In lower-cased text (Multi-News' truncated form) a short sentence is story as
     * often as not, and this minimum there cost val-truncated 0.0016 ROUGE-1 (round damp13).
     */
    static final int MIN_WORDS_CASED = 8;

    private Candidates() {
    }

    /**
     * Whether a sentence can stand in a summary: at least {@link #MIN_WORDS} words, not a question,
     * not a bare line of dialogue (a quotation with no attribution outside it), and not a writer's
     * aside pointing back into its own page ({@link WriterAside}).
     */
    public static boolean eligible(Sentence s) {
        if (s.wordCount() < MIN_WORDS) return false;
        String t = s.text().strip();
        if (t.isEmpty()) return false;
        return !isQuestion(t) && !isDialogueOnly(t) && !WriterAside.pointsBack(t);
    }

    static boolean isQuestion(String t) {
        int end = t.length() - 1;
        while (end > 0 && isCloser(t.charAt(end))) end--;
        return t.charAt(end) == '?';
    }

    /** The whole sentence is one quotation: it opens and closes with quote marks and has no others. */
    static boolean isDialogueOnly(String t) {
        if (t.length() < 2 || !isDoubleQuote(t.charAt(0))) return false;
        int end = t.length() - 1;
        while (end > 0 && (t.charAt(end) == ')' || t.charAt(end) == ']')) end--;
        if (!isDoubleQuote(t.charAt(end))) return false;
        for (int i = 1; i < end; i++) if (isDoubleQuote(t.charAt(i))) return false;
        return true;
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
    }

    private static boolean isCloser(char c) {
        return isDoubleQuote(c) || c == '\'' || c == '\u2019' || c == ')' || c == ']';
    }

    /**
     * Ids of the eligible sentences that fit the budget on their own, best score first (ties by id,
     * so the order is deterministic); none from a first-person running log ({@link RunningLog}), and
     * none under {@link #MIN_WORDS_CASED} words from an article that keeps its capitals.
     */
    public static int[] ranked(ClusterAnalysis analysis, double[] scores, Budget budget) {
        return ranked(analysis, scores, budget, false);
    }

    /** {@link #ranked(ClusterAnalysis, double[], Budget)} for a cluster without its analysis (tests, tools). */
    public static int[] ranked(ClusterText text, double[] scores, Budget budget) {
        return ranked(text, scores, budget, new CasedArticles(text), false);
    }

    /**
     * {@link #ranked(ClusterAnalysis, double[], Budget)}, with the bare lines of dialogue whose speaker the
     * sentence before them gives ({@link AttributedDialogue}) when {@code withAttributedDialogue}: for a
     * selector that takes such a line only together with that sentence.
     */
    static int[] ranked(ClusterAnalysis analysis, double[] scores, Budget budget, boolean withAttributedDialogue) {
        return ranked(analysis.text(), scores, budget, analysis.get(CasedArticles.OF_CLUSTER), withAttributedDialogue);
    }

    private static int[] ranked(ClusterText text, double[] scores, Budget budget, CasedArticles cased,
            boolean withAttributedDialogue) {
        int n = text.size();
        if (scores.length != n) {
            throw new IllegalArgumentException("need one score per sentence: " + n + " sentences, " + scores.length + " scores");
        }
        int[] ids = new int[n];
        int m = 0;
        boolean[] logs = RunningLog.leftOut(text);
        for (int i = 0; i < n; i++) {
            Sentence s = text.sentence(i);
            boolean takeable = eligible(s) || withAttributedDialogue && s.wordCount() >= MIN_WORDS
                    && AttributedDialogue.attributor(text, s) >= 0 && !isQuestion(s.text().strip());
            if (takeable && !logs[s.article()] && budget.cost(s) <= budget.limit()
                    && (s.wordCount() >= MIN_WORDS_CASED || !cased.of(s.article()))) ids[m++] = i;
        }
        int[] out = java.util.Arrays.copyOf(ids, m);
        sortByScoreDescending(out, scores);
        return out;
    }

    /** Sorts ids by descending score, ties by ascending id; a stable merge sort, no boxing. */
    static void sortByScoreDescending(int[] ids, double[] scores) {
        int[] tmp = new int[ids.length];
        mergeSort(ids, tmp, 0, ids.length, scores);
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, double[] scores) {
        if (hi - lo < 2) return;
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && before(v, a[j], scores)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, scores);
        mergeSort(a, tmp, mid, hi, scores);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = before(a[j], a[i], scores) ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    private static boolean before(int x, int y, double[] scores) {
        double sx = scores[x], sy = scores[y];
        if (sx != sy) return sx > sy;
        return x < y;
    }
}

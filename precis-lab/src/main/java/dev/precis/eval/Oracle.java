package dev.precis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The greedy extractive oracle: from candidate sentences, repeatedly adds the one that most
 * increases ROUGE-1 F1 + ROUGE-2 F1 against the reference, while the summary stays within the word
 * budget, until no sentence increases it. Used to label sentences for a learned ranker, so it is
 * incremental: each step only walks the candidates' own n-grams against running counts.
 *
 * <p>The summary is scored as ROUGE-1.5.5 would score the chosen sentences in the order chosen
 * (bigrams run across sentence ends), against the reference as prepared (so under the project
 * protocol the reference is cut to 256 words and tokens are stemmed). Words are counted as
 * ROUGE-1.5.5's {@code -l} counts them (blank-separated), and a sentence that would take the
 * summary past the budget is not taken, so the chosen summary is never cut.
 */
public final class Oracle {

    private final int maxWords;

    /** @param maxWords the word budget of the summary (at least 1) */
    public Oracle(int maxWords) {
        if (maxWords < 1) {
            throw new IllegalArgumentException("the word budget must be at least 1, not " + maxWords);
        }
        this.maxWords = maxWords;
    }

    /** The oracle of the project protocol: 256 words. */
    public static Oracle standard() {
        return new Oracle(RougeOptions.STANDARD_WORDS);
    }

    public int maxWords() {
        return maxWords;
    }

    /**
     * What the oracle chose.
     *
     * @param selected     indices of the chosen candidates, in the order chosen
     * @param rouge1Recall per candidate, the ROUGE-1 recall of that sentence alone
     * @param rouge2Recall per candidate, the ROUGE-2 recall of that sentence alone
     * @param score        ROUGE-1 F1 + ROUGE-2 F1 of the chosen summary
     * @param words        the words of the chosen summary
     */
    public record Result(int[] selected, double[] rouge1Recall, double[] rouge2Recall, double score, int words) {

        /** The chosen indices in ascending (document) order. */
        public int[] selectedInOrder() {
            int[] s = selected.clone();
            Arrays.sort(s);
            return s;
        }

        /** Whether candidate {@code i} was chosen. */
        public boolean isSelected(int i) {
            for (int s : selected) {
                if (s == i) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Runs the oracle against a reference under the project protocol ({@link Rouge#standard()}). */
    public Result select(List<String> candidates, List<String> reference) {
        return select(candidates, Rouge.standard().reference(reference));
    }

    /** Runs the oracle against a prepared reference (its options decide stemming and its cut). */
    public Result select(List<String> candidates, Rouge.Reference reference) {
        RougeOptions whole = reference.rouge().options().withoutLimit();
        RougeStemmer stemmer = reference.rouge().stemmer();
        int n = candidates.size();
        int[][] tokens = new int[n][];
        int[] words = new int[n];
        for (int c = 0; c < n; c++) {
            List<byte[]> lines = RougeText.lines(List.of(candidates.get(c)));
            tokens[c] = reference.ids(RougeText.stream(lines, whole, stemmer));
            for (byte[] line : lines) {
                words[c] += RougeText.wordCount(line);
            }
        }

        State state = new State(reference);
        double[] r1 = new double[n];
        double[] r2 = new double[n];
        for (int c = 0; c < n; c++) {
            long[] gain = state.gain(tokens[c]);
            r1[c] = reference.stream.length == 0 ? 0 : (double) gain[0] / reference.stream.length;
            r2[c] = reference.bigramTotal == 0 ? 0 : (double) gain[1] / reference.bigramTotal;
        }

        boolean[] taken = new boolean[n];
        List<Integer> order = new ArrayList<>();
        double current = 0;
        while (true) {
            int best = -1;
            double bestScore = current;
            for (int c = 0; c < n; c++) {
                if (taken[c] || tokens[c].length == 0 || state.words + words[c] > maxWords) {
                    continue;
                }
                long[] gain = state.gain(tokens[c]);
                double s = state.score(state.hit1 + gain[0], state.hit2 + gain[1], state.length + tokens[c].length);
                if (s > bestScore + 1e-12) {
                    best = c;
                    bestScore = s;
                }
            }
            if (best < 0) {
                break;
            }
            state.add(tokens[best], words[best]);
            taken[best] = true;
            order.add(best);
            current = bestScore;
        }
        return new Result(order.stream().mapToInt(Integer::intValue).toArray(), r1, r2, current, state.words);
    }

    /** Running unigram and bigram counts of the summary so far. */
    private static final class State {
        final Rouge.Reference ref;
        final int[] used1;
        final int[] used2;
        final int[] touched;
        long hit1;
        long hit2;
        int length;
        int words;
        int last = -1;

        State(Rouge.Reference ref) {
            this.ref = ref;
            used1 = new int[ref.unigramCount.length];
            used2 = new int[ref.bigramCount.length];
            touched = new int[1024];
        }

        double score(long h1, long h2, int len) {
            return RougeScores.Score.of(h1, ref.stream.length, len).f1()
                    + RougeScores.Score.of(h2, ref.bigramTotal, Math.max(0, len - 1)).f1();
        }

        /** The unigram and bigram hits that appending {@code tokens} would add; changes nothing. */
        long[] gain(int[] tokens) {
            long g1 = 0;
            for (int t : tokens) {
                if (t >= 0 && used1[t]++ < ref.unigramCount[t]) {
                    g1++;
                }
            }
            for (int t : tokens) {
                if (t >= 0) {
                    used1[t]--;
                }
            }
            long g2 = 0;
            int[] seen = tokens.length <= touched.length ? touched : new int[tokens.length];
            int k = 0;
            int prev = last;
            for (int t : tokens) {
                if (prev >= 0 && t >= 0) {
                    int g = ref.bigrams.get(Rouge.pairKey(prev, t));
                    if (g >= 0) {
                        if (used2[g]++ < ref.bigramCount[g]) {
                            g2++;
                        }
                        seen[k++] = g;
                    }
                }
                prev = t;
            }
            for (int i = 0; i < k; i++) {
                used2[seen[i]]--;
            }
            return new long[] {g1, g2};
        }

        void add(int[] tokens, int sentenceWords) {
            long[] gain = gain(tokens);
            hit1 += gain[0];
            hit2 += gain[1];
            int prev = last;
            for (int t : tokens) {
                if (t >= 0) {
                    used1[t]++;
                }
                if (prev >= 0 && t >= 0) {
                    int g = ref.bigrams.get(Rouge.pairKey(prev, t));
                    if (g >= 0) {
                        used2[g]++;
                    }
                }
                prev = t;
            }
            if (tokens.length > 0) {
                last = tokens[tokens.length - 1];
            }
            length += tokens.length;
            words += sentenceWords;
        }
    }
}

package dev.precis.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU as the original ROUGE-1.5.5 Perl script computes them
 * with one reference ({@code -a}, model average, alpha 0.5): same tokens, same stemming, same
 * length limits, same counting, checked pair by pair against ROUGE-1.5.5's output
 * ({@code RougeReferenceTest}).
 *
 * <ul>
 *   <li>ROUGE-N counts n-grams over the whole summary as one token stream (n-grams run across
 *       sentence ends), each system n-gram matching at most as often as the reference has it.</li>
 *   <li>ROUGE-SU counts skip-bigrams with gaps up to the skip distance plus unigrams, where
 *       ROUGE-1.5.5 leaves out the unigram of the last token.</li>
 *   <li>ROUGE-L is the summary-level union LCS: each reference sentence is aligned with every
 *       system sentence (LCS, ties broken as the Perl script does), the union of matched reference
 *       positions counts, clipped by what is left of both sides' unigram counts. Recall divides by
 *       the reference's tokens, precision by the system's.</li>
 * </ul>
 *
 * <p>Scores come unrounded; {@link RougeScores#rounded()} gives them as ROUGE-1.5.5 prints them.
 *
 * <p>For many summaries against one reference (oracle labels, training), prepare the reference
 * once: {@code Rouge.Reference ref = Rouge.standard().reference(sentences); ref.score(summary)}.
 * Instances are immutable and thread-safe.
 */
public final class Rouge {

    private static final Rouge STANDARD = new Rouge(RougeOptions.standard());

    private final RougeOptions options;
    private final RougeStemmer stemmer;

    private Rouge(RougeOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.stemmer = options.stemming() ? RougeStemmer.rouge155() : null;
    }

    /** ROUGE under the project protocol, {@link RougeOptions#standard()}. */
    public static Rouge standard() {
        return STANDARD;
    }

    public static Rouge with(RougeOptions options) {
        return options.equals(RougeOptions.standard()) ? STANDARD : new Rouge(options);
    }

    public RougeOptions options() {
        return options;
    }

    /** Scores a system summary against a reference, both given as sentences. */
    public RougeScores score(List<String> system, List<String> reference) {
        return reference(reference).score(system);
    }

    /** Prepares a reference (tokens, n-gram counts) to score many system summaries against it. */
    public Reference reference(List<String> sentences) {
        return new Reference(this, sentences);
    }

    /** The tokens ROUGE-1.5.5 sees in a text under these options (stemmed when stemming). */
    public List<String> tokens(List<String> sentences) {
        return RougeText.stream(RougeText.lines(sentences), options, stemmer);
    }

    RougeStemmer stemmer() {
        return stemmer;
    }

    static long pairKey(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    /** A skip-bigram map holds the unigrams of ROUGE-SU too, under this key. */
    static long unigramKey(int a) {
        return pairKey(a, -1);
    }

    /** ROUGE-1.5.5's number of skip-bigrams plus unigrams ({@code -u}) of n tokens. */
    static long skipCount(int n, int skipDistance) {
        long count = 0;
        for (int i = 0; i < n - 1; i++) {
            int last = skipDistance < 0 ? n - 1 : Math.min(n - 1, i + skipDistance + 1);
            count += 1 + (last - i);
        }
        return count;
    }

    /**
     * A reference prepared for scoring: its vocabulary, unigram, bigram and skip-bigram counts and
     * its sentences for ROUGE-L, under the options of the {@link Rouge} that made it. Immutable.
     */
    public static final class Reference {
        final Rouge rouge;
        final Map<String, Integer> vocabulary;
        /** Token ids of the text (ROUGE-N, ROUGE-SU, unigram counts of ROUGE-L). */
        final int[] stream;
        final int[] unigramCount;
        final LongIntMap bigrams;
        final int[] bigramCount;
        final long bigramTotal;
        final LongIntMap skips;
        final int[] skipCount;
        final long skipTotal;
        /** Token ids per sentence for ROUGE-L. */
        final int[][] units;
        final long unitTotal;

        Reference(Rouge rouge, List<String> sentences) {
            this.rouge = rouge;
            RougeOptions options = rouge.options;
            List<byte[]> lines = RougeText.lines(sentences);
            List<String> streamTokens = RougeText.stream(lines, options, rouge.stemmer);
            List<List<String>> unitTokens = RougeText.units(lines, options, rouge.stemmer);
            Map<String, Integer> vocab = new HashMap<>();
            stream = intern(streamTokens, vocab);
            units = new int[unitTokens.size()][];
            long total = 0;
            for (int i = 0; i < units.length; i++) {
                units[i] = intern(unitTokens.get(i), vocab);
                total += units[i].length;
            }
            unitTotal = total;
            vocabulary = Map.copyOf(vocab);

            unigramCount = new int[vocabulary.size()];
            for (int t : stream) {
                unigramCount[t]++;
            }
            int n = stream.length;
            bigrams = new LongIntMap(Math.max(1, n));
            int[] bc = new int[Math.max(1, n)];
            for (int i = 0; i + 1 < n; i++) {
                bc[bigrams.getOrAddIndex(pairKey(stream[i], stream[i + 1]))]++;
            }
            bigramCount = Arrays.copyOf(bc, bigrams.size());
            bigramTotal = Math.max(0, n - 1);

            int d = options.skipDistance();
            skips = new LongIntMap(Math.max(1, n * 6));
            int[] sc = new int[Math.max(16, n * 6)];
            for (int i = 0; i < n - 1; i++) {
                int g = skips.getOrAddIndex(unigramKey(stream[i]));
                if (g == sc.length) {
                    sc = Arrays.copyOf(sc, sc.length * 2);
                }
                sc[g]++;
                int last = d < 0 ? n - 1 : Math.min(n - 1, i + d + 1);
                for (int j = i + 1; j <= last; j++) {
                    g = skips.getOrAddIndex(pairKey(stream[i], stream[j]));
                    if (g == sc.length) {
                        sc = Arrays.copyOf(sc, sc.length * 2);
                    }
                    sc[g]++;
                }
            }
            skipCount = Arrays.copyOf(sc, skips.size());
            skipTotal = skipCount(n, d);
        }

        private static int[] intern(List<String> tokens, Map<String, Integer> vocab) {
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = vocab.computeIfAbsent(tokens.get(i), k -> vocab.size());
            }
            return ids;
        }

        /** The {@link Rouge} (options) this reference was prepared for. */
        public Rouge rouge() {
            return rouge;
        }

        /** The number of tokens ROUGE-1.5.5 counts in this reference. */
        public int tokenCount() {
            return stream.length;
        }

        /** The id of a (stemmed) token in this reference's vocabulary, or -1. */
        int id(String token) {
            Integer id = vocabulary.get(token);
            return id == null ? -1 : id;
        }

        int[] ids(List<String> tokens) {
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = id(tokens.get(i));
            }
            return ids;
        }

        /** Scores a system summary, given as sentences, against this reference. */
        public RougeScores score(List<String> system) {
            RougeOptions options = rouge.options;
            List<byte[]> lines = RougeText.lines(system);
            int[] sys = ids(RougeText.stream(lines, options, rouge.stemmer));
            List<List<String>> unitTokens = RougeText.units(lines, options, rouge.stemmer);
            int[][] sysUnits = new int[unitTokens.size()][];
            for (int i = 0; i < sysUnits.length; i++) {
                sysUnits[i] = ids(unitTokens.get(i));
            }
            int n = sys.length;

            // ROUGE-1
            int[] sysUnigrams = new int[unigramCount.length];
            long hit1 = 0;
            for (int t : sys) {
                if (t >= 0 && sysUnigrams[t]++ < unigramCount[t]) {
                    hit1++;
                }
            }
            // ROUGE-2
            int[] used = new int[Math.max(bigramCount.length, skipCount.length)];
            long hit2 = 0;
            for (int i = 0; i + 1 < n; i++) {
                if (sys[i] >= 0 && sys[i + 1] >= 0) {
                    int g = bigrams.get(pairKey(sys[i], sys[i + 1]));
                    if (g >= 0 && used[g]++ < bigramCount[g]) {
                        hit2++;
                    }
                }
            }
            // ROUGE-SU
            Arrays.fill(used, 0);
            int d = options.skipDistance();
            long hitS = 0;
            for (int i = 0; i < n - 1; i++) {
                int a = sys[i];
                if (a < 0) {
                    continue;
                }
                int g = skips.get(unigramKey(a));
                if (g >= 0 && used[g]++ < skipCount[g]) {
                    hitS++;
                }
                int last = d < 0 ? n - 1 : Math.min(n - 1, i + d + 1);
                for (int j = i + 1; j <= last; j++) {
                    if (sys[j] >= 0) {
                        g = skips.get(pairKey(a, sys[j]));
                        if (g >= 0 && used[g]++ < skipCount[g]) {
                            hitS++;
                        }
                    }
                }
            }
            // ROUGE-L
            long hitL = unionLcsHits(sysUnits, sysUnigrams);

            return new RougeScores(
                    RougeScores.Score.of(hit1, stream.length, n),
                    RougeScores.Score.of(hit2, bigramTotal, Math.max(0, n - 1)),
                    RougeScores.Score.of(hitL, unitTotal, n),
                    RougeScores.Score.of(hitS, skipTotal, skipCount(n, d)));
        }

        /**
         * ROUGE-1.5.5's {@code lcs}: for each reference sentence, the union of the reference
         * positions on an LCS with each system sentence, each position counting while both sides'
         * unigram counts of its token last (they are used up as they count).
         */
        private long unionLcsHits(int[][] sysUnits, int[] sysUnigrams) {
            int[] modelLeft = unigramCount.clone();
            int[] peerLeft = sysUnigrams; // ours to use up
            int maxSys = 0;
            for (int[] s : sysUnits) {
                maxSys = Math.max(maxSys, s.length);
            }
            int maxRef = 0;
            for (int[] r : units) {
                maxRef = Math.max(maxRef, r.length);
            }
            int[] c = new int[(maxRef + 1) * (maxSys + 1)];
            long hit = 0;
            for (int[] r : units) {
                int m = r.length;
                if (m == 0) {
                    continue;
                }
                boolean[] mask = new boolean[m];
                for (int[] s : sysUnits) {
                    int nn = s.length;
                    if (nn == 0) {
                        continue;
                    }
                    int w = nn + 1;
                    for (int j = 0; j <= nn; j++) {
                        c[j] = 0;
                    }
                    for (int i = 1; i <= m; i++) {
                        int row = i * w;
                        int prev = row - w;
                        c[row] = 0;
                        int ri = r[i - 1];
                        for (int j = 1; j <= nn; j++) {
                            if (ri == s[j - 1]) {
                                c[row + j] = c[prev + j - 1] + 1;
                            } else {
                                int up = c[prev + j];
                                int left = c[row + j - 1];
                                c[row + j] = up >= left ? up : left;
                            }
                        }
                    }
                    // markLCS: diagonal on a match, else up when c[i-1][j] >= c[i][j-1], else left.
                    int i = m;
                    int j = nn;
                    while (i > 0 && j > 0) {
                        if (r[i - 1] == s[j - 1]) {
                            mask[i - 1] = true;
                            i--;
                            j--;
                        } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) {
                            i--;
                        } else {
                            j--;
                        }
                    }
                }
                for (int k = 0; k < m; k++) {
                    if (mask[k]) {
                        int t = r[k];
                        if (modelLeft[t] > 0 && peerLeft[t] > 0) {
                            hit++;
                            modelLeft[t]--;
                            peerLeft[t]--;
                        }
                    }
                }
            }
            return hit;
        }
    }
}

package dev.precis.score.learned;

import dev.precis.evidence.align.Facts;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import dev.precis.score.PageRank;
import dev.precis.score.Scores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence features for the learned ranker: one row of {@link #count()} numbers per sentence of a
 * cluster, computed from the cleaned, segmented text and its TF-IDF vectors. Every feature is
 * defined for any cluster (no NaN, no infinity) and most survive lower-casing and tokenised
 * spacing, because much of the training material comes in that form; the few that do not (the
 * capitals features) sit in their own {@link Group#CASE group} beside a cluster-level measure of
 * how much of the text is cased at all, so a model can tell the two forms apart. Pure and
 * thread-safe.
 *
 * <p>Features are grouped ({@link Group}) so an ablation can drop a whole group at once.
 */
public final class Features {

    /** Feature groups, for ablations. */
    public enum Group { POSITION, LENGTH, CENTRALITY, SUPPORT, CONTENT, SURFACE, CASE }

    /** One feature: its name (as the model file stores it) and its group. */
    public record Feature(String name, Group group) { }

    private static final List<Feature> ALL = new ArrayList<>();

    private static int define(String name, Group group) {
        ALL.add(new Feature(name, group));
        return ALL.size() - 1;
    }

    // Position in article and cluster.
    static final int POSITION = define("position", Group.POSITION);
    static final int POSITION_INVERSE = define("position_inverse", Group.POSITION);
    static final int POSITION_RELATIVE = define("position_relative", Group.POSITION);
    static final int IS_LEAD = define("is_lead", Group.POSITION);
    static final int ARTICLE_INDEX = define("article_index", Group.POSITION);
    static final int ARTICLES = define("articles", Group.POSITION);
    static final int ARTICLE_SENTENCES = define("article_sentences", Group.POSITION);
    static final int CLUSTER_SENTENCES = define("cluster_sentences", Group.POSITION);
    static final int ARTICLE_WORD_SHARE = define("article_word_share", Group.POSITION);
    static final int WORD_OFFSET = define("word_offset", Group.POSITION);
    // Length.
    static final int WORDS = define("words", Group.LENGTH);
    static final int TERMS = define("terms", Group.LENGTH);
    static final int TERM_DENSITY = define("term_density", Group.LENGTH);
    static final int WORDS_VS_MEDIAN = define("words_vs_median", Group.LENGTH);
    // Centrality.
    static final int CENTROID = define("centroid", Group.CENTRALITY);
    static final int CENTROID_RANK = define("centroid_rank", Group.CENTRALITY);
    static final int LEXRANK = define("lexrank", Group.CENTRALITY);
    static final int LEXRANK_RANK = define("lexrank_rank", Group.CENTRALITY);
    static final int DEGREE = define("degree", Group.CENTRALITY);
    static final int LEAD_SIMILARITY = define("lead_similarity", Group.CENTRALITY);
    static final int TITLE_LIKE = define("first_lead_similarity", Group.CENTRALITY);
    static final int LEAD_LIKE = define("max_lead_similarity", Group.CENTRALITY);
    // Support across articles.
    static final int SUPPORT_MAX = define("support_max", Group.SUPPORT);
    static final int SUPPORT_MEAN = define("support_mean", Group.SUPPORT);
    static final int SUPPORT_20 = define("support_over_20", Group.SUPPORT);
    static final int SUPPORT_35 = define("support_over_35", Group.SUPPORT);
    static final int SUPPORT_50 = define("support_over_50", Group.SUPPORT);
    static final int SAME_ARTICLE_MAX = define("same_article_max", Group.SUPPORT);
    static final int BIGRAM_SUPPORT = define("bigram_support", Group.SUPPORT);
    static final int BIGRAM_FREQUENCY = define("bigram_frequency", Group.SUPPORT);
    // Content words.
    static final int TOP_TERMS = define("top_terms", Group.CONTENT);
    static final int TOP_TERMS_SHARE = define("top_terms_share", Group.CONTENT);
    static final int CENTROID_MASS = define("centroid_mass", Group.CONTENT);
    static final int MEAN_IDF = define("mean_idf", Group.CONTENT);
    static final int CLUSTER_FREQUENCY = define("cluster_frequency", Group.CONTENT);
    static final int ARTICLE_SPREAD = define("article_spread", Group.CONTENT);
    // Surface cues that survive lower-casing.
    static final int NUMBERS = define("numbers", Group.SURFACE);
    static final int QUOTES = define("quotes", Group.SURFACE);
    static final int STARTS_QUOTE = define("starts_with_quote", Group.SURFACE);
    static final int FIRST_PERSON = define("first_person", Group.SURFACE);
    static final int SECOND_PERSON = define("second_person", Group.SURFACE);
    static final int QUESTION = define("question", Group.SURFACE);
    static final int ATTRIBUTION = define("attribution", Group.SURFACE);
    static final int ANAPHOR_START = define("anaphor_start", Group.SURFACE);
    static final int DEBRIS = define("debris", Group.SURFACE);
    static final int SYMBOLS = define("symbol_ratio", Group.SURFACE);
    static final int PARENTHESES = define("parentheses", Group.SURFACE);
    static final int TIME_WORDS = define("time_words", Group.SURFACE);
    // Capitals: weak under lower-casing, so kept apart with the cluster's own casing level.
    static final int CAPITALS = define("capitals", Group.CASE);
    static final int ALL_CAPS = define("all_caps", Group.CASE);
    static final int CLUSTER_CASED = define("cluster_cased", Group.CASE);

    private static final List<Feature> FEATURES = Collections.unmodifiableList(new ArrayList<>(ALL));
    private static final String[] NAMES = FEATURES.stream().map(Feature::name).toArray(String[]::new);

    /** How many terms count as the cluster's top terms. */
    static final int TOP = 20;

    private static final Set<String> FIRST = Set.of("i", "we", "me", "us", "my", "our", "mine", "ours", "i'm", "i've", "we're", "we've", "i'd", "i'll");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "you're", "you've", "you'll");
    private static final Set<String> SAID = Set.of("said", "says", "say", "told", "according", "reported", "reports", "announced", "stated", "added");
    private static final Set<String> ANAPHORS = Set.of("he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "but", "and", "so", "also", "still", "then", "yet", "or");
    private static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "tonight", "week", "month", "year", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final int F_FIRST = 1, F_SECOND = 2, F_SAID = 4, F_TIME = 8;
    private static final java.util.Map<String, Integer> FLAGS = flags();

    private static java.util.Map<String, Integer> flags() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : FIRST) m.merge(w, F_FIRST, (x, y) -> x | y);
        for (String w : SECOND) m.merge(w, F_SECOND, (x, y) -> x | y);
        for (String w : SAID) m.merge(w, F_SAID, (x, y) -> x | y);
        for (String w : TIME) m.merge(w, F_TIME, (x, y) -> x | y);
        return java.util.Map.copyOf(m);
    }

    /** Tolerance of the LexRank power iteration: ranks, not exact probabilities, are what count here. */
    static final double PAGERANK_TOLERANCE = 1e-4;

    private static final String[] DEBRIS_CUES = {"http", "www.", ".com", "@", "click", "subscribe", "newsletter", "sign up",
            "share this", "follow us", "copyright", "©", "all rights reserved", "advertisement", "photo:", "image:",
            "getty", "ap photo", "reuters/", "caption", "javascript", "cookies", "read more", "related:", "email"};

    private Features() {
    }

    public static int count() {
        return FEATURES.size();
    }

    public static List<Feature> all() {
        return FEATURES;
    }

    /** Feature names in column order, as the model file lists them. */
    public static String[] names() {
        return NAMES.clone();
    }

    /** Column indices of the features in these groups. */
    public static int[] columns(Set<Group> groups) {
        return java.util.stream.IntStream.range(0, FEATURES.size())
                .filter(i -> groups.contains(FEATURES.get(i).group())).toArray();
    }

    /** The features of every sentence, row-major: {@code m[sentence * count() + feature]}. */
    public static double[] extract(ClusterText text, TermVectors vectors) {
        int n = text.size();
        int f = count();
        double[] m = new double[n * f];
        if (n == 0) return m;
        List<Sentence> sentences = text.sentences();
        int articles = text.articles().size();

        // Per-article counts.
        int[] articleSentences = new int[articles];
        int[] articleWords = new int[articles];
        int[] firstOf = new int[articles];
        Arrays.fill(firstOf, -1);
        int totalWords = 0;
        int[] lengths = new int[n];
        for (Sentence s : sentences) {
            articleSentences[s.article()]++;
            articleWords[s.article()] += s.wordCount();
            if (firstOf[s.article()] < 0) firstOf[s.article()] = s.id();
            totalWords += s.wordCount();
            lengths[s.id()] = s.wordCount();
        }
        int contributing = text.contributingArticles();
        int[] wordOffset = new int[n];
        {
            int[] running = new int[articles];
            for (Sentence s : sentences) {
                wordOffset[s.id()] = running[s.article()];
                running[s.article()] += s.wordCount();
            }
        }
        String[][] lower = new String[n][];
        for (int i = 0; i < n; i++) {
            List<String> w = sentences.get(i).words();
            String[] l = new String[w.size()];
            for (int k = 0; k < l.length; k++) l[k] = w.get(k).toLowerCase(Locale.ROOT);
            lower[i] = l;
        }
        double[][] bigrams = bigramStats(sentences, lower);
        int[] sortedLengths = lengths.clone();
        Arrays.sort(sortedLengths);
        double medianWords = Math.max(1, sortedLengths[n / 2]);
        int firstArticleLead = -1;
        for (int a = 0; a < articles && firstArticleLead < 0; a++) firstArticleLead = firstOf[a];

        // Similarities and centrality.
        double[] sim = vectors.flatSimilarityMatrix();
        double[] lexrank = Scores.normalise(PageRank.rank(sim, n, PageRank.DAMPING, PAGERANK_TOLERANCE, 100));
        double[] centroid = new double[n];
        for (int i = 0; i < n; i++) centroid[i] = vectors.centroidSimilarity(i);
        double[] centroidRank = rankPercentile(centroid);
        double[] lexrankRank = rankPercentile(lexrank);

        // Top terms of the cluster by centroid weight; cluster term frequencies and article spread.
        int vocabulary = vectors.vocabularySize();
        int[] top = topTerms(vectors, TOP);
        boolean[] isTop = new boolean[vocabulary];
        for (int t : top) isTop[t] = true;
        int[] termFrequency = new int[vocabulary];
        int[] termArticles = new int[vocabulary];
        int[] lastArticle = new int[vocabulary];
        Arrays.fill(lastArticle, -1);
        for (int i = 0; i < n; i++) {
            int a = sentences.get(i).article();
            for (int t : vectors.termIds(i)) {
                termFrequency[t]++;
                if (lastArticle[t] != a) {
                    lastArticle[t] = a;
                    termArticles[t]++;
                }
            }
        }

        // Casing of the whole cluster: share of non-initial words that start with a capital.
        long casedWords = 0, laterWords = 0;
        for (Sentence s : sentences) {
            List<String> w = s.words();
            for (int k = 1; k < w.size(); k++) {
                laterWords++;
                if (Character.isUpperCase(w.get(k).codePointAt(0))) casedWords++;
            }
        }
        double clusterCased = laterWords == 0 ? 0 : (double) casedWords / laterWords;

        double[] otherMax = new double[articles];
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            int row = i * f;
            int a = s.article();
            int pos = s.position();
            int inArticle = Math.max(articleSentences[a], pos + 1);
            m[row + POSITION] = pos;
            m[row + POSITION_INVERSE] = 1.0 / (1 + pos);
            m[row + POSITION_RELATIVE] = inArticle <= 1 ? 0 : (double) pos / (inArticle - 1);
            m[row + IS_LEAD] = pos == 0 ? 1 : 0;
            m[row + ARTICLE_INDEX] = a;
            m[row + ARTICLES] = contributing;
            m[row + ARTICLE_SENTENCES] = articleSentences[a];
            m[row + CLUSTER_SENTENCES] = n;
            m[row + ARTICLE_WORD_SHARE] = totalWords == 0 ? 0 : (double) articleWords[a] / totalWords;
            m[row + WORD_OFFSET] = wordOffset[i];

            int words = s.wordCount();
            int[] terms = vectors.termIds(i);
            m[row + WORDS] = words;
            m[row + TERMS] = terms.length;
            m[row + TERM_DENSITY] = words == 0 ? 0 : (double) terms.length / words;
            m[row + WORDS_VS_MEDIAN] = words / medianWords;

            m[row + CENTROID] = centroid[i];
            m[row + CENTROID_RANK] = centroidRank[i];
            m[row + LEXRANK] = lexrank[i];
            m[row + LEXRANK_RANK] = lexrankRank[i];
            double degree = 0;
            Arrays.fill(otherMax, 0);
            double sameMax = 0;
            int rowSim = i * n;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                double c = sim[rowSim + j];
                if (c > 0.1) degree++;
                int b = sentences.get(j).article();
                if (b == a) {
                    if (c > sameMax) sameMax = c;
                } else if (c > otherMax[b]) {
                    otherMax[b] = c;
                }
            }
            m[row + DEGREE] = n <= 1 ? 0 : degree / (n - 1);
            m[row + LEAD_SIMILARITY] = firstOf[a] < 0 || firstOf[a] == i ? 1 : sim[rowSim + firstOf[a]];
            m[row + TITLE_LIKE] = firstArticleLead < 0 || firstArticleLead == i ? 1 : sim[rowSim + firstArticleLead];
            double leadLike = 0;
            for (int b = 0; b < articles; b++) {
                int lead = firstOf[b];
                if (lead >= 0 && lead != i && sim[rowSim + lead] > leadLike) leadLike = sim[rowSim + lead];
            }
            m[row + LEAD_LIKE] = leadLike;

            int others = 0;
            double supportMax = 0, supportSum = 0;
            int over20 = 0, over35 = 0, over50 = 0;
            for (int b = 0; b < articles; b++) {
                if (b == a || articleSentences[b] == 0) continue;
                others++;
                double c = otherMax[b];
                supportSum += c;
                if (c > supportMax) supportMax = c;
                if (c > 0.2) over20++;
                if (c > 0.35) over35++;
                if (c > 0.5) over50++;
            }
            m[row + SUPPORT_MAX] = supportMax;
            m[row + SUPPORT_MEAN] = others == 0 ? 0 : supportSum / others;
            m[row + SUPPORT_20] = others == 0 ? 0 : (double) over20 / others;
            m[row + SUPPORT_35] = others == 0 ? 0 : (double) over35 / others;
            m[row + SUPPORT_50] = others == 0 ? 0 : (double) over50 / others;
            m[row + SAME_ARTICLE_MAX] = sameMax;
            m[row + BIGRAM_SUPPORT] = bigrams[0][i];
            m[row + BIGRAM_FREQUENCY] = bigrams[1][i];

            int topCount = 0;
            double mass = 0, idfSum = 0, freqSum = 0, spreadSum = 0;
            for (int t : terms) {
                if (isTop[t]) topCount++;
                mass += vectors.centroidWeight(t);
                idfSum += vectors.idf(t);
                freqSum += Math.log(termFrequency[t]);
                spreadSum += contributing <= 1 ? 1 : (double) (termArticles[t] - 1) / (contributing - 1);
            }
            int tl = Math.max(1, terms.length);
            m[row + TOP_TERMS] = topCount;
            m[row + TOP_TERMS_SHARE] = (double) topCount / tl;
            m[row + CENTROID_MASS] = mass;
            m[row + MEAN_IDF] = terms.length == 0 ? 0 : idfSum / tl;
            m[row + CLUSTER_FREQUENCY] = terms.length == 0 ? 0 : freqSum / tl;
            m[row + ARTICLE_SPREAD] = terms.length == 0 ? 0 : spreadSum / tl;

            surface(s, lower[i], m, row);
            m[row + CLUSTER_CASED] = clusterCased;
        }
        return m;
    }

    /**
     * Per sentence: the share of its word bigrams (lower-cased) that also occur in another article,
     * and their mean log count in the cluster. Facts that several outlets word alike are what a
     * reference repeats, bigram for bigram.
     */
    static double[][] bigramStats(List<Sentence> sentences, String[][] lower) {
        int n = sentences.size();
        java.util.HashMap<String, Integer> ids = new java.util.HashMap<>();
        long[][] keys = new long[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            String[] w = lower[i];
            int prev = -1;
            long[] k = new long[Math.max(0, w.length - 1)];
            for (int j = 0; j < w.length; j++) {
                Integer id = ids.get(w[j]);
                if (id == null) {
                    id = ids.size();
                    ids.put(w[j], id);
                }
                if (j > 0) k[j - 1] = ((long) prev << 32) | id;
                prev = id;
            }
            keys[i] = k;
            total += k.length;
        }
        BigramTable table = new BigramTable(total);
        for (int i = 0; i < n; i++) {
            int a = sentences.get(i).article();
            for (long k : keys[i]) table.add(k, a);
        }
        double[] support = new double[n], frequency = new double[n];
        for (int i = 0; i < n; i++) {
            int a = sentences.get(i).article();
            int shared = 0;
            double logSum = 0;
            for (long k : keys[i]) {
                int slot = table.find(k);
                if (table.inOtherArticle(slot, a)) shared++;
                logSum += Math.log(table.count[slot]);
            }
            int m = keys[i].length;
            support[i] = m == 0 ? 0 : (double) shared / m;
            frequency[i] = m == 0 ? 0 : logSum / m;
        }
        return new double[][] {support, frequency};
    }

    /** Open addressing from a bigram key to its count and the articles it occurs in. */
    private static final class BigramTable {
        final long[] keys;
        final int[] count;
        final long[] articles; // bit a for article a < 63
        final boolean[] beyond; // occurs in an article >= 63
        final int mask;

        BigramTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
            keys = new long[cap];
            count = new int[cap];
            articles = new long[cap];
            beyond = new boolean[cap];
            mask = cap - 1;
        }

        int find(long key) {
            int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (count[h] != 0 && keys[h] != key) h = (h + 1) & mask;
            return h;
        }

        void add(long key, int article) {
            int h = find(key);
            keys[h] = key;
            count[h]++;
            if (article < 63) articles[h] |= 1L << article;
            else beyond[h] = true;
        }

        boolean inOtherArticle(int slot, int article) {
            long own = article < 63 ? 1L << article : 0;
            return (articles[slot] & ~own) != 0 || (beyond[slot] && article < 63);
        }
    }

    private static void surface(Sentence s, String[] lower, double[] m, int row) {
        List<String> words = s.words();
        String text = s.text();
        int numbers = 0, first = 0, second = 0, said = 0, time = 0, capitals = 0, allCaps = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (Character.isDigit(w.charAt(0)) || (w.length() > 1 && Character.isDigit(w.charAt(w.length() - 1)))) numbers++;
            Integer flag = FLAGS.get(lower[k]);
            if (flag != null) {
                if ((flag & F_FIRST) != 0) first++;
                if ((flag & F_SECOND) != 0) second++;
                if ((flag & F_SAID) != 0) said++;
                if ((flag & F_TIME) != 0) time++;
            }
            if (k > 0 && Character.isUpperCase(w.codePointAt(0))) capitals++;
            if (w.length() > 1 && isAllCaps(w)) allCaps++;
        }
        int wc = Math.max(1, words.size());
        int quotes = 0, symbols = 0, parens = 0, letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') quotes++;
            else if (c == '(' || c == ')' || c == '[' || c == ']') parens++;
            if (Character.isLetter(c)) letters++;
            else if (!Character.isWhitespace(c) && !Character.isDigit(c) && ".,'’\"“”-".indexOf(c) < 0) symbols++;
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        int debris = 0;
        for (String cue : DEBRIS_CUES) if (lowerText.contains(cue)) debris++;
        String strip = text.strip();
        m[row + NUMBERS] = numbers;
        m[row + QUOTES] = quotes;
        m[row + STARTS_QUOTE] = !strip.isEmpty() && "\"\u201C'\u2018".indexOf(strip.charAt(0)) >= 0 ? 1 : 0;
        m[row + FIRST_PERSON] = (double) first / wc;
        m[row + SECOND_PERSON] = (double) second / wc;
        m[row + QUESTION] = strip.endsWith("?") || strip.endsWith("?\"") || strip.endsWith("?\u201D") ? 1 : 0;
        m[row + ATTRIBUTION] = said;
        m[row + ANAPHOR_START] = lower.length > 0 && ANAPHORS.contains(lower[0]) ? 1 : 0;
        m[row + DEBRIS] = debris;
        m[row + SYMBOLS] = letters + symbols == 0 ? 0 : (double) symbols / (letters + symbols);
        m[row + PARENTHESES] = parens;
        m[row + TIME_WORDS] = time;
        m[row + CAPITALS] = words.size() <= 1 ? 0 : (double) capitals / (words.size() - 1);
        m[row + ALL_CAPS] = (double) allCaps / wc;
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

    /** Each value's rank among all, scaled to [0, 1] (1 = highest; ties share the lower rank). */
    static double[] rankPercentile(double[] values) {
        int n = values.length;
        double[] out = new double[n];
        if (n <= 1) {
            Arrays.fill(out, 1);
            return out;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            int below = lowerBound(sorted, values[i]);
            out[i] = (double) below / (n - 1);
        }
        return out;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Ids of the {@code k} terms with the largest centroid weight (ties by lower id), in id order. */
    static int[] topTerms(TermVectors vectors, int k) {
        int v = vectors.vocabularySize();
        int m = Math.min(k, v);
        if (m == 0) return new int[0];
        double[] w = new double[v];
        for (int t = 0; t < v; t++) w[t] = vectors.centroidWeight(t);
        double[] sorted = w.clone();
        Arrays.sort(sorted);
        double kth = sorted[v - m];
        int[] out = new int[m];
        int c = 0;
        for (int t = 0; t < v && c < m; t++) if (w[t] > kth) out[c++] = t;
        for (int t = 0; t < v && c < m; t++) if (w[t] == kth) out[c++] = t;
        Arrays.sort(out);
        return out;
    }
}

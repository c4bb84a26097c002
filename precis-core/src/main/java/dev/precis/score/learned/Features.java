package dev.precis.score.learned;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.represent.Sizes;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
 * <p>Features are grouped ({@link Group}) so an ablation can drop a whole group at once; each group
 * is computed by its own {@link FeatureGroup}, over counts of the cluster made once ({@link ClusterCounts}).
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
        return extract(ClusterAnalysis.of(text, vectors));
    }

    /** As {@link #extract(ClusterText, TermVectors)}, taking the vectors and similarities the analysis already has. */
    public static double[] extract(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        TermVectors vectors = analysis.vectors();
        int n = text.size();
        int f = count();
        double[] m = new double[Sizes.product(n, f, "feature values")];
        if (n == 0) return m;
        ClusterCounts counts = new ClusterCounts(text, analysis.similarities());
        List<FeatureGroup> groups = List.of(
                new PositionFeatures(counts),
                new LengthFeatures(counts, vectors),
                new CentralityFeatures(counts, vectors),
                new SupportFeatures(counts),
                new ContentFeatures(counts, vectors),
                new SurfaceFeatures(counts),
                new CaseFeatures(counts));
        for (int i = 0; i < n; i++) {
            for (FeatureGroup group : groups) group.fill(i, m, i * f);
        }
        return m;
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
}

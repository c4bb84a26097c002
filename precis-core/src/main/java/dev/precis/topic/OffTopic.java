package dev.precis.topic;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.parallel.Workers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the articles of a cluster that are not about its story: a page whose sentences are mostly
 * promotion, spam or a site notice ({@link Shapes}, judged even for an article alone), and, with
 * three or more articles, one that shares almost no vocabulary with the rest of the cluster. With
 * two articles that share nothing neither can be told apart from the other by distance, so only
 * their shapes are judged.
 */
public final class OffTopic {
    /** Cosine to the rest of the cluster below which an article shares no story with it. */
    static final double MIN_SIMILARITY = 0.08;
    /**
     * Cosine to the rest of the cluster from which a page with a weak shape (it talks to its reader,
     * a horoscope) is about the story all the same. Unrelated pages sit near 0; on val-truncated, of
     * the 94 pages with a weak shape, the 18 at 0.3 or above are 16 that Multi-News+ keeps in their
     * cluster and 2 it does not (at 0.2: 33 and 9).
     */
    static final double WEAK_SHAPE_KEPT = 0.3;
    /** Articles with fewer content terms than this are judged on shape only. */
    static final int MIN_TERMS = 8;

    private OffTopic() {
    }

    /** One entry per article: why it is off topic, or null when it is on topic (or empty). */
    public static String[] judge(ClusterText text) {
        int n = text.articles().size();
        String[] why = new String[n];
        // Each article's vector and shape are its own: a big cluster's are found side by side.
        List<Integer> articles = java.util.stream.IntStream.range(0, n).boxed().toList();
        List<Own> own = Workers.map(articles, Workers.worthIt(n), a -> own(text, a));
        List<Map<String, Double>> vectors = new java.util.ArrayList<>(n);
        int withText = 0;
        for (int a = 0; a < n; a++) {
            vectors.add(own.get(a).vector());
            if (!text.sentencesOf(a).isEmpty()) withText++;
            why[a] = own.get(a).why();
        }
        // The rest of the cluster is the sum of every other on-shape article: one total, minus the
        // article itself, keeps this linear in the cluster's size (a total per article was quadratic).
        Map<String, Double> total = new HashMap<>();
        for (int b = 0; b < n; b++) {
            if (why[b] == null) vectors.get(b).forEach((t, w) -> total.merge(t, w, Double::sum));
        }
        double totalSquares = 0;
        for (double w : total.values()) totalSquares += w * w;
        // A page that talks to its reader but shares the story with the rest (an open letter to the
        // victim, an appeal the story is about) is a story about it: the weak shape does not hold.
        for (int a = 0; a < n; a++) {
            if (weak(why[a]) && cosineToRest(vectors.get(a), total, totalSquares, false) >= WEAK_SHAPE_KEPT) why[a] = null;
        }
        if (withText < 3) return keepSomeStory(why, text);
        double[] sim = new double[n];
        java.util.Arrays.fill(sim, Double.NaN);
        for (int a = 0; a < n; a++) {
            if (why[a] != null || text.sentencesOf(a).isEmpty() || termCount(vectors.get(a)) < MIN_TERMS) continue;
            sim[a] = cosineToRest(vectors.get(a), total, totalSquares, true);
        }
        int close = 0;
        for (double s : sim) if (s >= MIN_SIMILARITY) close++;
        // An article is far from the centre only when the others make one: two or more close articles.
        for (int a = 0; a < n; a++) {
            if (!(sim[a] < MIN_SIMILARITY) || close < 2) continue;
            why[a] = String.format(java.util.Locale.ROOT,
                    "shares no story with the rest of the cluster (similarity %.2f, below %.2f)", sim[a], MIN_SIMILARITY);
        }
        return keepSomeStory(why, text);
    }

    /** An article's term weights, and why its shape sets it apart (null when it does not). */
    private record Own(Map<String, Double> vector, String why) {
    }

    private static Own own(ClusterText text, int a) {
        List<Sentence> own = text.sentencesOf(a);
        String article = text.articles().get(a).text();
        String why = Shapes.why(own, article);
        if (why == null && !own.isEmpty()) why = ReferencePage.why(own, article);
        return new Own(vector(own), why);
    }

    /**
     * The weak shapes (a horoscope, a page that talks to its reader) and the pages that tell no news
     * (a reference page, {@link ReferencePage}) only set an article apart from a story beside it: when nothing would be left
     * unmarked, the story is about astrology, advice or the page's subject, and nothing is marked for
     * them. Notices and spam stay marked even when nothing else is left.
     */
    private static String[] keepSomeStory(String[] why, ClusterText text) {
        boolean allMarked = true, anyWeak = false;
        for (int a = 0; a < why.length; a++) {
            if (text.sentencesOf(a).isEmpty()) continue;
            allMarked &= why[a] != null;
            anyWeak |= yieldsToStory(why[a]);
        }
        if (allMarked && anyWeak) {
            for (int a = 0; a < why.length; a++) {
                if (yieldsToStory(why[a])) why[a] = null;
            }
        }
        return why;
    }

    /** A shape that only sets a page apart from a story: a horoscope, a page that talks to its reader. */
    private static boolean weak(String why) {
        return why != null && (why.startsWith(Shapes.HOROSCOPE_REASON) || why.startsWith(Shapes.ADDRESS_REASON));
    }

    /** A mark that only holds beside a story: a weak shape, or a page on the story's subject that tells no news (a reference page). */
    private static boolean yieldsToStory(String why) {
        return weak(why) || why != null && why.startsWith(ReferencePage.REASON);
    }

    /** Sub-linear term weights of an article, each sentence's terms counted once per sentence. */
    static Map<String, Double> vector(List<Sentence> sentences) {
        Map<String, Integer> tf = new HashMap<>();
        for (Sentence s : sentences) for (String t : s.terms()) tf.merge(t, 1, Integer::sum);
        Map<String, Double> v = new HashMap<>(tf.size() * 2);
        tf.forEach((t, c) -> v.put(t, 1 + Math.log(c)));
        return v;
    }

    private static int termCount(Map<String, Double> v) {
        return v.size();
    }

    /**
     * Cosine between an article and the total of all on-shape articles, less the article itself when
     * {@code inTotal} (an article with a shape is not in the total).
     */
    static double cosineToRest(Map<String, Double> own, Map<String, Double> total, double totalSquares, boolean inTotal) {
        double dot = 0, restSquares = totalSquares;
        for (Map.Entry<String, Double> e : own.entrySet()) {
            double w = e.getValue(), t = total.getOrDefault(e.getKey(), 0.0), rest = inTotal ? Math.max(0, t - w) : t;
            dot += w * rest;
            restSquares += rest * rest - t * t;
        }
        double ownNorm = norm(own);
        if (ownNorm == 0 || restSquares <= 1e-12) return 0;
        return dot / (ownNorm * Math.sqrt(restSquares));
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double w : v.values()) s += w * w;
        return Math.sqrt(s);
    }
}

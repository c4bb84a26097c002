package dev.precis.stories;

import dev.precis.clean.Cleaner;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.segment.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the grouper knows of one article: its cleaned text, stemmed term counts (the title counted
 * twice, names as extra terms) and a MinHash sketch of its word shingles for spotting copies.
 *
 * @param terms  sorted terms; {@code counts[i]} is the count of {@code terms[i]}
 * @param sketch the smallest shingle hashes, ascending
 * @param words  words of story text left after cleaning
 * @param lines  lines in the raw text, and {@code dropped} of them removed by the cleaner
 */
public record Profile(String cleanText, String[] terms, int[] counts, long[] sketch, int words, int lines, int dropped) {
    /** Words of story text an article must keep after cleaning to be grouped at all. */
    public static final int MIN_WORDS = 25;
    /** Only the lead is read: it names the story, while the tail of a page drifts into related links. */
    static final int LEAD_WORDS = 400;
    static final int SKETCH_SIZE = 48;
    private static final int SHINGLE = 4;
    private static final int MAX_TERM_LENGTH = 100;
    static final String NAME_PREFIX = "#";
    /** Shortest one-line text that is read as flattened paragraphs rather than as one line. */
    private static final int REFLOW_CHARS = 400;

    /**
     * Why the article cannot be grouped at all (fewer than {@link #MIN_WORDS} words of story text
     * left after cleaning), or null when it can: noise that never joins or starts a story.
     */
    public String tooShort() {
        if (words >= MIN_WORDS) return null;
        return "no story text: " + words + " words left after the cleaner removed " + dropped + " of " + lines + " lines";
    }

    public static Profile of(Article article, Cleaner cleaner) {
        CleanArticle clean = cleaner.clean(new Cluster(article.id(), List.of(reflowed(article)))).get(0);
        String text = clean.text();
        List<String> words = Tokens.words(text);
        String lead = words.size() <= LEAD_WORDS ? text : String.join(" ", words.subList(0, LEAD_WORDS));
        Map<String, Integer> counts = new TreeMap<>();
        for (String t : Tokens.terms(lead)) add(counts, t);
        for (int i = 0; i < 2; i++) for (String t : Tokens.terms(article.title())) add(counts, t);
        for (String name : names(words.size() <= LEAD_WORDS ? words : words.subList(0, LEAD_WORDS))) add(counts, name);
        String[] terms = counts.keySet().toArray(String[]::new);
        int[] n = new int[terms.length];
        for (int i = 0; i < terms.length; i++) n[i] = counts.get(terms[i]);
        int lines = (int) text.lines().count() + clean.drops().size();
        return new Profile(text, terms, n, sketch(words), words.size(), lines, clean.drops().size());
    }

    /**
     * A long text without a single line break (flattened, as some archives keep articles) gets one
     * sentence a line: the cleaner's rules judge lines, and one debris phrase must not take the
     * whole article with it.
     */
    static Article reflowed(Article a) {
        String text = a.text();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.contains("NEWLINE_CHAR")
                || text.length() < REFLOW_CHARS) {
            return a;
        }
        String lines = String.join("\n", OpenNlpSegmenter.sentences(text));
        return new Article(a.id(), a.title(), a.outlet(), a.date(), a.url(), lines);
    }

    private static void add(Map<String, Integer> counts, String term) {
        if (term.length() <= MAX_TERM_LENGTH) counts.merge(term, 1, Integer::sum);
    }

    /**
     * Pairs of adjacent capitalised words ("Leo Varadkar", "Sandy Hook"): a name is far more telling
     * of a story than either word. A pair after a full stop still counts; it is rarely a common phrase.
     */
    static List<String> names(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (capitalised(a) && capitalised(b)) {
                out.add(NAME_PREFIX + a.toLowerCase(Locale.ROOT) + "_" + b.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean capitalised(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(w.length() - 1));
    }

    /** Bottom-k MinHash of lower-cased word 4-grams: the {@link #SKETCH_SIZE} smallest distinct hashes, ascending. */
    static long[] sketch(List<String> words) {
        int n = Math.max(0, words.size() - SHINGLE + 1);
        // all hashes, sorted: cheaper than keeping the smallest in a sorted set of boxed longs
        long[] all = new long[n];
        String[] lower = new String[words.size()];
        for (int i = 0; i < lower.length; i++) lower[i] = words.get(i).toLowerCase(Locale.ROOT);
        for (int i = 0; i < n; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                String w = lower[j];
                for (int k = 0; k < w.length(); k++) h = 31 * h + w.charAt(k);
                h = 31 * h + ' ';
            }
            all[i] = mix(h);
        }
        java.util.Arrays.sort(all);
        long[] out = new long[Math.min(SKETCH_SIZE, n)];
        int size = 0;
        for (int i = 0; i < n && size < out.length; i++) {
            if (size == 0 || all[i] != out[size - 1]) out[size++] = all[i];
        }
        return size == out.length ? out : java.util.Arrays.copyOf(out, size);
    }

    /** Estimated Jaccard similarity of the shingle sets behind two bottom-k sketches. */
    public static double resemblance(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        int k = Math.min(SKETCH_SIZE, Math.max(a.length, b.length));
        int i = 0;
        int j = 0;
        int seen = 0;
        int shared = 0;
        while (seen < k && (i < a.length || j < b.length)) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
            seen++;
        }
        return shared / (double) seen;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

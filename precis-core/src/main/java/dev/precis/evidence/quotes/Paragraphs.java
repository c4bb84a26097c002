package dev.precis.evidence.quotes;

import dev.precis.lexicon.StartPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * An article's paragraphs up to its last closing quote mark (none after it holds a quote), the quotes
 * each one holds, and which ones {@link Quotes} must read. A paragraph's persons and speakers are
 * read only at a quote: one in the same paragraph or the next, or further on through paragraphs that
 * each say "he" or "she" or speak of someone by a description ("the Facebook founder said"), which carry the
 * last person on; and a quote left open at a paragraph's
 * end is read by a quote opening the next one. Every other paragraph changes nothing a quote sees.
 */
final class Paragraphs {
    /**
     * A straight quote may close on two apostrophes ({@code "We didn't plan it,'' mom Mona Lisa said}), a typewriter's
     * closing mark, when they follow the quote's closing punctuation and no letter follows them (not a nested
     * {@code ''term''}); else the quote would run on to the next opening mark and swallow its credit.
     */
    private static final StartPattern QUOTE = StartPattern.of("\"([^\"\\n]{2,2000}?)(?:\"|(?<=[.,!?…])''(?![\\p{L}\\p{N}]))"
            + "|“([^”\\n]{2,2000}?)”", StartPattern.on("\"“"));
    private static final StartPattern HE_SHE = StartPattern.of("\\b(?:[Hh]e|[Ss]he)\\b", StartPattern.on("HhSs"));

    private final List<String> lines = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    /** Per paragraph: each quote's start, end, and its words' start and end (inside the marks). */
    private final List<List<int[]>> quotes = new ArrayList<>();
    private boolean[] read;
    private Predicate<String> aside = line -> false;

    private Paragraphs() {
    }

    static Paragraphs of(String text) {
        return of(text, line -> false);
    }

    /** As {@link #of(String)}, a paragraph about no one ({@link Asides}) carrying the last person on as "he"/"she" does. */
    static Paragraphs of(String text, Predicate<String> aside) {
        Paragraphs p = new Paragraphs();
        p.aside = aside;
        int lastClose = Math.max(text.lastIndexOf('"'), text.lastIndexOf('”'));
        for (int start = 0; start <= lastClose; ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            p.lines.add(line);
            p.starts.add(start);
            p.quotes.add(quotesIn(line));
            start = end + 1;
        }
        p.read = p.toRead();
        return p;
    }

    private static List<int[]> quotesIn(String line) {
        List<int[]> out = new ArrayList<>();
        Matcher q = QUOTE.matcher(line);
        for (int from = 0; QUOTE.find(q, line, from, line.length()); from = q.end()) {
            int group = q.start(1) >= 0 ? 1 : 2;
            out.add(new int[] {q.start(), q.end(), q.start(group), q.end(group)});
        }
        return out;
    }

    private boolean[] toRead() {
        int n = lines.size();
        boolean[] reader = new boolean[n], out = new boolean[n];
        for (int k = n - 1; k >= 0; k--) { // from the end: a quote left open reads on into the paragraphs that carry it
            List<int[]> qs = quotes.get(k);
            reader[k] = !qs.isEmpty() || k + 1 < n && (!quotes.get(k + 1).isEmpty() || ContinuedQuotes.carries(lines.get(k + 1), reader[k + 1]))
                    && Quotes.unclosedQuote(lines.get(k), qs.isEmpty() ? 0 : qs.get(qs.size() - 1)[1]) >= 0;
        }
        for (int k = n - 1; k >= 0; k--) {
            out[k] = reader[k] || k + 1 < n && (reader[k + 1] || out[k + 1] && (saysHeOrShe(k + 1) || Roles.describesSpeaker(lines.get(k + 1)) || aside(k + 1)));
        }
        return out;
    }

    int size() {
        return lines.size();
    }

    String line(int k) {
        return lines.get(k);
    }

    /** Offset of paragraph {@code k} in the article. */
    int start(int k) {
        return starts.get(k);
    }

    List<int[]> quotes(int k) {
        return quotes.get(k);
    }

    /** Whether a quote can see anything paragraph {@code k} says. */
    boolean read(int k) {
        return read[k];
    }

    /** Whether paragraph {@code k} is about no one ({@link Asides}). */
    boolean aside(int k) {
        return aside.test(lines.get(k));
    }

    boolean saysHeOrShe(int k) {
        return HE_SHE.find(lines.get(k));
    }
}

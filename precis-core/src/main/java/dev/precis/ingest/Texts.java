package dev.precis.ingest;

import dev.precis.lexicon.Spaces;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers: Multi-News separators, caps, dates. */
final class Texts {

    private Texts() {
    }

    /** Replaces the Multi-News newline token and caps the text at {@link Limits#MAX_ARTICLE_CHARS}. */
    static String normalize(String text) {
        if (text == null) return "";
        String t = text.length() > Limits.MAX_ARTICLE_CHARS ? text.substring(0, Limits.MAX_ARTICLE_CHARS) : text;
        t = MultiNews.lineBreaks(t);
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') t = t.substring(1);
        return t;
    }

    /** Splits a Multi-News joined string into its articles, each capped on its own; blank pieces are left out. */
    static List<String> splitArticles(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf(MultiNews.SEPARATOR) < 0) {
            String p = normalize(text).strip();
            if (!p.isEmpty()) out.add(p);
            return out;
        }
        for (String piece : MultiNews.SEPARATOR_PATTERN.split(text)) {
            String p = normalize(piece).strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    /** ISO date or date-time ("2016-09-23", "2016-09-23T10:00:00Z"); null when not parsable. */
    static LocalDate parseDate(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.length() < 10) return null;
        if (t.length() > 10) {
            char c = t.charAt(10);
            if (c != 'T' && c != ' ' && c != 't') return null;
        }
        try {
            return LocalDate.parse(t.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The headline of a plain-text article: among its first three non-blank lines, the first of
     * three to twenty words that does not end like a sentence; "" when there is none.
     */
    static String headline(String text) {
        int start = 0;
        int seen = 0;
        while (start < text.length() && seen < 3) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end).replace('\u00A0', ' ').strip();
            start = end + 1;
            if (line.isEmpty()) continue;
            seen++;
            int words = Spaces.split(line).length;
            char last = line.charAt(line.length() - 1);
            boolean sentence = ".!?…\"”:".indexOf(last) >= 0;
            if (sentence) return "";
            if (words >= 3 && words <= 20) return line;
        }
        return "";
    }

    static String baseName(String fileName) {
        String n = fileName;
        if (n.toLowerCase().endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}

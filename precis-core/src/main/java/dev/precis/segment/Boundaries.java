package dev.precis.segment;

import dev.precis.lexicon.Quotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the sentence boundaries of one paragraph after the model and the abbreviation merge:
 * splits where web text lost a space ("...the court.But when"), the model read a date as a list
 * number ("on Sept. 3. Although") or a listed acronym as not ending its sentence ("in the U.S. Also,") or took an ellipsis for a pause ("the platform… Persson left"),
 * then joins pieces that cannot stand alone: a piece that starts with a lowercase word ("?" fan
 * Jordan asked"), and the halves of a bracket or a short quotation that the model cut in two (a
 * quotation of more than {@value #MAX_QUOTE_WORDS} words reads well in parts and is left split).
 * Stateless; all methods work on {start, end} spans into the paragraph's text.
 */
final class Boundaries {
    private Boundaries() {
    }

    /**
     * A sentence end glued to the next sentence: "court.But", "said no.\"For", "get!Sources", "in 1990.\"It",
     * and a quotation that opens on a quoted title, "primetime.\"'Ferry Tales' would love ...".
     */
    private static final Pattern GLUED = Pattern.compile("(?:\\p{Ll}\\p{Ll}|\\d\\d)[.!?](?=[\"”]?[\"“]?['‘]?\\p{Lu}[\\p{Ll}\\s'’])");
    /** A day number ending a sentence after a month: "on Sept. 3. Although". */
    private static final Pattern DATE_END = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July"
                    + "|August|September|October|November|December)\\.? \\d{1,2}\\.(?=\\s+[\"“]?\\p{Lu}\\p{Ll})");
    /** A reference mark after a sentence end: "...descendants of Smith.[15] McMurray was". */
    private static final Pattern REF_END = Pattern.compile("[.!?]\\[\\d{1,3}\\](?=\\s+[\"“]?\\p{Lu})");
    /**
     * An ellipsis character after a word, then a capitalised word: "...changed the platform… Persson
     * left". The model does not take "…" for a sentence end, so a sentence and the next one stuck
     * together. Inside a quotation the ellipsis marks words left out, and nothing is cut there.
     */
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?<=[\\p{L}\\p{N}])\\s?…(?=\\s+[\"“]?\\p{Lu}[\\p{Ll}\\s'’])");
    /** Name particles that may start a sentence in lower case ("de Blasio said"). */
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "da", "di", "du", "van", "von", "der",
            "den", "al", "el", "bin", "ibn", "la", "le", "ter", "dos", "das");
    /** Longest sentence (in words) a bracket or quotation merge may build. */
    static final int MAX_MERGED_WORDS = 80;
    /** Longest sentence (in words) a quotation merge may build: longer quotations read well in parts. */
    static final int MAX_QUOTE_WORDS = 30;
    /** How many following pieces a bracket or quotation merge may take in. */
    static final int MAX_MERGED_PIECES = 3;

    /** A full stop, "!" or "?" directly followed by a quotation mark or a capital: what {@link #GLUED} needs. */
    static boolean mayBeGlued(String t) {
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            char next = t.charAt(i + 1);
            if (next == '"' || next == '”' || next == '“' || Character.isUpperCase(next)) return true;
        }
        return false;
    }

    /** A digit, a full stop and a space: what {@link #DATE_END} needs. */
    static boolean mayEndOnDate(String t) {
        for (int i = t.indexOf('.', 1); i >= 1 && i + 1 < t.length(); i = t.indexOf('.', i + 1)) {
            if (Character.isDigit(t.charAt(i - 1)) && Character.isWhitespace(t.charAt(i + 1))) return true;
        }
        return false;
    }

    /** Splits each span where a sentence end was glued to the next sentence or hidden by a date. */
    static List<int[]> split(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size() + 2);
        int paragraph = spans.isEmpty() ? 0 : spans.get(0)[0];
        for (int[] sp : spans) {
            int s = sp[0];
            String t = text.substring(sp[0], sp[1]);
            List<Integer> cuts = new ArrayList<>(2);
            // Each pattern runs only where its sentence end can be: a scan for the one character
            // sequence every match needs is much cheaper than the regex at every position.
            if (mayBeGlued(t)) {
                Matcher m = GLUED.matcher(t);
                while (m.find()) cuts.add(gluedCut(text, paragraph, sp[0], m.end()));
            }
            if (mayEndOnDate(t)) {
                Matcher m = DATE_END.matcher(t);
                while (m.find()) cuts.add(m.end());
            }
            if (t.indexOf('…') >= 0) {
                Matcher m = ELLIPSIS_END.matcher(t);
                while (m.find()) if (!Quotations.openBetween(text, paragraph, sp[0] + m.start())) cuts.add(m.end());
            }
            if (t.indexOf('[') >= 0) {
                Matcher m = REF_END.matcher(t);
                while (m.find()) cuts.add(m.end());
            }
            if (t.indexOf(". ") >= 0) cuts.addAll(Abbreviations.DEFAULT.acronymEnds(t));
            if (cuts.isEmpty()) {
                out.add(sp);
                continue;
            }
            cuts.sort(null);
            for (int c : cuts) {
                int e = sp[0] + c;
                int[] piece = trim(text, s, e);
                if (piece != null && piece[0] < piece[1] && e < sp[1]) {
                    out.add(piece);
                    s = e;
                }
            }
            int[] last = trim(text, s, sp[1]);
            if (last != null) out.add(last);
        }
        return out;
    }

    /**
     * Where to cut after a glued sentence end at {@code at} (relative to the span at {@code span}):
     * a straight quote after the full stop closes a quotation when the paragraph has an odd number
     * of quotes before it, else it opens the next sentence.
     */
    private static int gluedCut(String text, int paragraph, int span, int at) {
        int abs = span + at;
        if (abs >= text.length()) return at;
        char q = text.charAt(abs);
        if (q == '”') return at + 1;
        if (q != '"') return at;
        int quotes = 0;
        for (int i = paragraph; i < abs; i++) if (text.charAt(i) == '"') quotes++;
        return quotes % 2 == 1 ? at + 1 : at;
    }

    /** Joins pieces that cannot stand alone to the piece before them. */
    static List<int[]> merge(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        int i = 0;
        while (i < spans.size()) {
            int[] cur = spans.get(i).clone();
            i++;
            boolean changed = true;
            while (changed && i < spans.size()) {
                changed = false;
                String next = text.substring(spans.get(i)[0], spans.get(i)[1]);
                if (startsLowercase(next) || continuesEllipsis(next)) {
                    cur[1] = spans.get(i)[1];
                    i++;
                    changed = true;
                    continue;
                }
                int close = closer(text, cur, spans, i);
                if (close > 0) {
                    cur[1] = spans.get(i + close - 1)[1];
                    i += close;
                    changed = true;
                }
            }
            out.add(dashless(text, cur));
        }
        return out;
    }

    /** A dash left at a sentence's start by a dateline the model split off ("Ore." | "— The"): start after it. */
    private static int[] dashless(String text, int[] sp) {
        int i = sp[0];
        while (i < sp[1] && "-–—".indexOf(text.charAt(i)) >= 0 && i - sp[0] < 2) i++;
        if (i == sp[0] || i >= sp[1] || !Character.isWhitespace(text.charAt(i))) return sp;
        while (i < sp[1] && Character.isWhitespace(text.charAt(i))) i++;
        if (i >= sp[1] || !Character.isUpperCase(text.charAt(i))) return sp;
        sp[0] = i;
        return sp;
    }

    /**
     * When {@code cur} leaves a bracket or quotation open and one of the next few pieces closes it,
     * the number of pieces to take in (the closing one included); else 0.
     */
    private static int closer(String text, int[] cur, List<int[]> spans, int from) {
        String c = text.substring(cur[0], cur[1]);
        int paren = balance(c, '(', ')'), square = balance(c, '[', ']'), curly = balance(c, '“', '”');
        boolean straight = count(c, '"') % 2 == 1;
        if (paren <= 0 && square <= 0 && curly <= 0 && !straight) return 0;
        int words = words(c);
        int limit = paren > 0 || square > 0 ? MAX_MERGED_WORDS : MAX_QUOTE_WORDS;
        for (int k = 0; k < MAX_MERGED_PIECES && from + k < spans.size(); k++) {
            String n = text.substring(spans.get(from + k)[0], spans.get(from + k)[1]);
            words += words(n);
            if (words > limit) return 0;
            paren += balance(n, '(', ')');
            square += balance(n, '[', ']');
            curly += balance(n, '“', '”');
            if (count(n, '"') % 2 == 1) straight = !straight;
            if (paren <= 0 && square <= 0 && curly <= 0 && !straight) return k + 1;
        }
        return 0;
    }

    /**
     * A piece that is the rest of an ellipsis written with spaces (". . that", ". ."): the model cut
     * inside the dots, and what follows them, if anything, goes on in lower case.
     */
    static boolean continuesEllipsis(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '…' || s.charAt(i) == ' ')) i++;
        if (i == 0 || s.charAt(0) != '.' && s.charAt(0) != '…') return false;
        return i == s.length() || startsLowercase(s.substring(i));
    }

    /** True when the text's first word is written all in lower case (and is not a name particle). */
    static boolean startsLowercase(String s) {
        int i = 0;
        while (i < s.length() && "\"'“‘([{«".indexOf(s.charAt(i)) >= 0) i++;
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            if (!Character.isLowerCase(s.charAt(j))) return false;
            j++;
        }
        if (j == i) return false;
        if (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == '-' || Character.isDigit(s.charAt(j)))) return false;
        return !PARTICLES.contains(s.substring(i, j));
    }

    private static int balance(String s, char open, char close) {
        int b = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == open) b++;
            else if (ch == close) b--;
        }
        return b;
    }

    /**
     * Occurrences of {@code c}, found with {@link String#indexOf(int, int)} (a vector search): a loop of
     * its own over every character trapped in the JIT's code when a text of two-byte characters came
     * after one-byte ones, and was compiled again.
     */
    private static int count(String s, char c) {
        int n = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
        return n;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }

    private static int[] trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return s < e ? new int[] {s, e} : null;
    }
}

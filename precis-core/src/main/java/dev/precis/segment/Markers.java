package dev.precis.segment;

import dev.precis.clean.rules.GluedCredit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes marks that are not part of a sentence off its start: a transcript's speaker tag
 * ("SANDERS: We need ...", which names who speaks and is no word of the speech) and a footnote
 * number left before the next sentence ("... objectives. 43 As a step ..."), a bracketed picture credit
 * ("(Photo: Jane Doe, AP) The ..."). A speaker tag in the
 * middle of a piece starts a new sentence.
 */
final class Markers {
    private Markers() {
    }

    /** An upper-case name of one to four words and a colon: "SEN. JOHN SMITH:", "O'REILLY:". */
    private static final String TAG = "\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]*){0,3}(?: \\([^)]{1,30}\\))?:";
    private static final Pattern LEADING_TAG = Pattern.compile("^" + TAG + "\\s+(?=[\"“]?\\p{L})");
    private static final Pattern INNER_TAG = Pattern.compile("(?<=[.!?\"”])\\s+(?=" + TAG + "\\s+[\"“]?\\p{L})");
    /** A footnote number before a word that commonly opens a sentence. */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\[?\\d{1,3}\\]?\\s+(?=(?:The|A|An|As|In|This|These|It|He|She|We|They"
            + "|But|However|For|To|On|At|Our|Its|Their|There|Although|While|When|Many|Most|Some|Such|Our|Of|Among|Given)\\b)");

    /**
     * A labelled picture credit in brackets, left before the sentence after its caption: "... ovarian
     * cyst. (Photo: Jane Doe, AP) Girls star Jane Roe ...", "( photo: jane doe, ap ) girls star ...";
     * the cleaner's pattern for it at a line's start.
     */
    private static final Pattern CREDIT = GluedCredit.BRACKETED;

    static List<int[]> strip(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] sp : spans) {
            int s = sp[0];
            // Every speaker tag ends in a colon: most sentences hold none, and the scan for one is cheap.
            if (hasColon(text, sp[0], sp[1])) {
                Matcher m = INNER_TAG.matcher(text).region(sp[0], sp[1]);
                while (m.find()) {
                    if (m.start() > s) add(text, s, m.start(), out);
                    s = m.end();
                }
            }
            add(text, s, sp[1], out);
        }
        return out;
    }

    private static void add(String text, int s, int e, List<int[]> out) {
        if (hasColon(text, s, e)) s = skip(LEADING_TAG, text, s, e);
        s = skip(FOOTNOTE, text, s, e);
        if (s < e && text.charAt(s) == '(') s = skip(CREDIT, text, s, e);
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (s < e) out.add(new int[] {s, e});
    }

    /** Where the text goes on after {@code mark} when it opens {@code [s, e)} and leaves two words or more. */
    private static int skip(Pattern mark, String text, int s, int e) {
        Matcher m = mark.matcher(text).region(s, e);
        return m.lookingAt() && words(text, m.end(), e) >= 2 ? m.end() : s;
    }

    private static boolean hasColon(String text, int s, int e) {
        for (int i = s; i < e; i++) if (text.charAt(i) == ':') return true;
        return false;
    }

    private static int words(String text, int s, int e) {
        int n = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }
}

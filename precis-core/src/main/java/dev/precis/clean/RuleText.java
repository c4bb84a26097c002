package dev.precis.clean;

import dev.precis.lexicon.Lexicon;
import dev.precis.clean.rules.BylinePrefix;
import dev.precis.clean.rules.Caption;
import dev.precis.clean.rules.CaptionPrefix;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What several rules share: word splitting, the wire and photo agencies and the bracketed credit
 * that {@link Caption} and {@link CaptionPrefix} both recognise, and the calendar words that
 * {@link BylinePrefix} and {@link CaptionPrefix} both stop at.
 */
public final class RuleText {
    private RuleText() {
    }

    // The patterns of String.split and String.replaceAll are compiled at every call: these are compiled once.
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}@#'’-]+");
    private static final Pattern CREDIT_GAP = Pattern.compile("[\\s/,]+");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");

    public static String[] words(String s) {
        return NON_WORD.split(s.toLowerCase(Locale.ROOT));
    }

    /** How many characters of {@code s} belong to letters (a letter outside the BMP counts two). */
    public static int letters(String s) {
        return NON_LETTER.matcher(s).replaceAll("").length();
    }

    private static final Pattern TAIL = Pattern.compile("[\\[(]([^\\[\\]()]{1,60})[\\])]\\s*$");

    public static final Set<String> AGENCIES = Set.of("AFP", "AP", "EPA", "Reuters", "REUTERS", "Getty",
            "Xinhua", "UPI", "PA", "ANP", "DPA", "dpa", "AAP", "IANS", "PTI", "Anadolu", "ANSA", "Kyodo", "Yonhap",
            "TASS", "Bloomberg", "Shutterstock", "Alamy");
    private static final Set<String> JOINERS = Set.of("via", "and", "of", "de", "al", "for", "the");

    /** True when the text ends with a bracketed credit: an agency, or names with a slash. */
    public static boolean endsWithCredit(String text) {
        if (text.isEmpty()) return false;
        char last = text.charAt(text.length() - 1);
        if (last != ']' && last != ')') return false;
        Matcher m = TAIL.matcher(text);
        if (!m.find()) return false;
        String inner = m.group(1).strip();
        String[] ws = CREDIT_GAP.split(inner);
        int n = 0;
        for (String w : ws) {
            if (w.isEmpty() || JOINERS.contains(w)) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            n++;
        }
        if (n == 0 || n > 7) return false;
        return inner.contains("/") || n >= 2 || AGENCIES.contains(inner);
    }

    /** Weekdays and months: after "By" they start a time phrase, after a bracket the sentence goes on. */
    public static final Set<String> CALENDAR = Set.copyOf(Lexicon.capitalised(Lexicon.CALENDAR));
}

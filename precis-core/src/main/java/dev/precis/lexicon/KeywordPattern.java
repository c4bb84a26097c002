package dev.precis.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keyword pattern with a cheap necessary condition: every match of the regular expression
 * contains one of the literal fragments, so text holding none of them is turned away by a few
 * {@link String#indexOf} calls (vectorised by the JVM) before the regex engine tries every
 * alternative at every position. Matches are the regex's own; the fragments only skip work.
 * For a case-insensitive pattern the fragments are lower case and are looked for in the
 * lower-cased text.
 */
public final class KeywordPattern {
    private final Pattern pattern;
    private final String[] fragments;
    private final boolean ignoreCase;
    /** Tests set this: every text the prefilter turns away is matched anyway, and a match is a bug in the fragments. */
    private static final boolean CHECK = Boolean.getBoolean("precis.keywords.check");

    private KeywordPattern(Pattern pattern, List<String> fragments) {
        this.pattern = pattern;
        this.fragments = fragments.toArray(String[]::new);
        this.ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 || pattern.pattern().startsWith("(?i)");
        if (this.fragments.length == 0) throw new IllegalArgumentException("a keyword pattern needs fragments");
        for (String f : this.fragments) {
            if (f.isEmpty() || ignoreCase && !f.equals(f.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("fragment '" + f + "' must be non-empty" + (ignoreCase ? " and lower case" : ""));
            }
        }
    }

    /** {@code regex} compiled with {@code flags}; every match must contain one of {@code fragments}. */
    public static KeywordPattern of(String regex, int flags, String... fragments) {
        return new KeywordPattern(Pattern.compile(regex, flags), List.of(fragments));
    }

    public static KeywordPattern of(String regex, String... fragments) {
        return of(regex, 0, fragments);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the text may match: it holds a fragment. False means it cannot match. */
    public boolean mayMatch(String text) {
        return !turnedAway(text, ignoreCase ? text.toLowerCase(Locale.ROOT) : text);
    }

    /** As {@link #mayMatch(String)}, with the caller's lower-cased copy of the text (see {@link #find(String, String)}). */
    public boolean mayMatch(String text, String lower) {
        return !turnedAway(text, ignoreCase ? lower : text);
    }

    /** {@link Matcher#find()} on {@code text}, skipped when it holds no fragment. */
    public boolean find(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /**
     * As {@link #find(String)}, with the caller's lower-cased copy of the text, so that one copy
     * serves several patterns.
     */
    public boolean find(String text, String lower) {
        return !turnedAway(text, ignoreCase ? lower : text) && pattern.matcher(text).find();
    }

    /** How many non-overlapping matches the text holds. */
    public int count(String text) {
        if (!mayMatch(text)) return 0;
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private boolean holdsFragment(String haystack) {
        for (String f : fragments) {
            if (haystack.contains(f)) return true;
        }
        return false;
    }

    private boolean turnedAway(String text, String haystack) {
        if (holdsFragment(haystack)) return false;
        if (CHECK && pattern.matcher(text).find()) {
            throw new IllegalStateException("keyword pattern " + pattern + " matches text holding none of its fragments: " + text);
        }
        return true;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}

package dev.precis.evidence.quotes;

import java.util.Locale;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.TITLE_WORDS;

/**
 * "The Rome Statute was a treaty ...": a capitalised name written after "The" is a thing, a body or a work, not a person
 * (news copy writes no "The John Smith"), so a sentence opening on it gives "he"/"she" no one to stand for. A title after
 * "The" ("The Rev. Ann Lee") still opens a person's name. So is one after a preposition and an article ("At a 2007
 * World Conference, President Ann Lee ruled"): the person is named after it.
 */
final class DefiniteNames {
    /** "At a 2007 World Conference, ", "in the 1990 Census": a preposition, an article, maybe a year, before the name. */
    private static final Pattern PREPOSITION_ARTICLE = Pattern.compile("\\b(?i:at|in|on|during|after|before)\\s+(?:a|an|the)\\s+(?:\\d{4}\\s+)?$");

    private DefiniteNames() {
    }

    /** Whether the words {@code before} a name put it after a preposition and an article: an event or a place, no person. */
    static boolean objectOf(String before) {
        return PREPOSITION_ARTICLE.matcher(before).find();
    }

    /** Whether {@code name}, as a sentence writes it, opens on "The" and then a word that is no title. */
    static boolean thing(String name) {
        if (!name.startsWith("The ")) return false;
        int end = name.indexOf(' ', 4);
        String next = (end < 0 ? name.substring(4) : name.substring(4, end)).toLowerCase(Locale.ROOT);
        return !TITLE_WORDS.contains(next) && !(next.endsWith(".") && TITLE_WORDS.contains(next.substring(0, next.length() - 1)));
    }

    /** Whether the name starting at {@code start} of {@code s} opens on "The" or is written after "the" ({@link #thing}). */
    static boolean afterThe(String s, int start) {
        if (s.startsWith("The ", start)) return thing(s.substring(start, wordEnd(s, wordEnd(s, start) + 1)));
        if (start < 4 || !s.regionMatches(true, start - 4, "the ", 0, 4) || start > 4 && Character.isLetter(s.charAt(start - 5))) return false;
        return thing("The " + s.substring(start, wordEnd(s, start)));
    }

    private static int wordEnd(String s, int from) {
        int end = Math.min(from, s.length());
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) end++;
        return end;
    }
}

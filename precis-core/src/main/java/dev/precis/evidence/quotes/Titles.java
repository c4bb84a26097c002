package dev.precis.evidence.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * The title of a work in quote marks inside the writer's sentence: "author of “The Naked Truth About
 * Breast Implants.”", "told CNN's “State of the Union with Candy Crowley” on Sunday", "the diss track
 * “Separated (Real From the Fake)”". A title quotes nobody: its speaker is null, however near a name
 * or a speech verb stands (the labels hold book, film, song and programme titles to be no one's words).
 */
final class Titles {
    /** A title is short; a longer run of capitalised words is a slogan or a sentence in capitals. */
    private static final int MAX_WORDS = 12;
    /** Words a title writes in lower case: articles, conjunctions and prepositions ("Taking a Bite Out of Twilight"). */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on",
            "at", "to", "for", "with", "from", "by", "as", "vs", "via", "into", "over", "upon");

    private Titles() {
    }

    /**
     * Whether the quoted words read as a title: at most {@link #MAX_WORDS} words, the first capitalised and
     * every other one capitalised (or a digit) unless it is a minor word. Words of a sentence in lower case
     * ("Consider it, Governor Haley.") make it no title.
     */
    static boolean isTitle(String content) {
        int words = 0;
        int n = content.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(content.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetterOrDigit(content.charAt(j)) || "'’-".indexOf(content.charAt(j)) >= 0)) j++;
            char first = content.charAt(i);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
            if (!capital && (words == 0 || !MINOR_WORDS.contains(content.substring(i, j).toLowerCase(Locale.ROOT)))) return false;
            if (++words > MAX_WORDS) return false;
            i = j;
        }
        return words > 0;
    }
}

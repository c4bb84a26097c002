package dev.precis.evidence.quotes;

import dev.precis.lexicon.StartPattern;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.TITLE_WORDS;

/**
 * Names a sentence gives after a preposition ("the governor of New York", "Vikki Manko of Naperville, Illinois"):
 * places and bodies, which the credit readings must not take for the subject that speaks.
 */
final class PlaceMentions {
    private PlaceMentions() {
    }

    /**
     * Whether the word at {@code i} ends a place's name after "of", "in", "at" or "from" ("the governor of New
     * York, who described"): capitalised words, none a title, run back from it to the preposition ({@code runStart},
     * from {@link #runStart}).
     */
    static boolean insideName(String head, int i, int runStart) {
        return runStart < i && PLACE_BEFORE.find(head.substring(Math.max(0, runStart - 10), runStart));
    }

    /** Where the run of capitalised words (none a title) that ends with the word at {@code i} starts. */
    static int runStart(String head, int i) {
        int b = i;
        while (b >= 2 && head.charAt(b - 1) == ' ') {
            int w = b - 1;
            while (w > 0 && Character.isLetter(head.charAt(w - 1))) w--;
            if (w == b - 1 || !Character.isUpperCase(head.charAt(w))
                    || TITLE_WORDS.contains(head.substring(w, b - 1).toLowerCase(Locale.ROOT))) break;
            b = w;
        }
        return b;
    }

    /**
     * Whether the name at {@code start} of {@code s} is a place or a body the sentence names after a preposition
     * ("the School of Public Health at Imperial explained", "Vikki Manko of Naperville, Illinois asks"), not a subject.
     */
    static boolean placeAt(String s, int start) {
        String before = s.substring(Math.max(0, start - 40), start);
        return PLACE_BEFORE.find(before.substring(Math.max(0, before.length() - 10))) || PLACE_THEN_COMMA.matcher(before).find();
    }

    /** The person's full name before "of City, " at the end of {@code before} ("Vikki Manko of Naperville, "); null when none. */
    static String residentBefore(String before) {
        Matcher m = RESIDENT.matcher(before);
        return m.find() ? m.group("name") : null;
    }

    private static final Pattern RESIDENT = Pattern.compile("\\b(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})\\s+(?:of|from)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2},\\s*$");

    /** "of Naperville, ": a place after a preposition, then a comma: the name after it is the larger place. */
    private static final Pattern PLACE_THEN_COMMA = Pattern.compile("\\b(?:of|in|at|from)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2},\\s*$");

    /** A preposition, maybe with "the" or an owner's possessive, right before a name: that name is no subject. */
    static final StartPattern OBJECT_BEFORE = StartPattern.of("\\b(?:of|in|at|from|with)\\s+(?:the\\s+|\\p{Lu}\\S*['’]s\\s+)?$",
            StartPattern.atWordStart("oiafw"));
    static final StartPattern PLACE_BEFORE = StartPattern.of("\\b(?:of|in|at|from)\\s+(?:the\\s+)?$", StartPattern.atWordStart("oiaf"));
}

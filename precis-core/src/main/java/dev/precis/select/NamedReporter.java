package dev.precis.select;

import dev.precis.evidence.names.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's full name right before a speech verb that "he" or "she" follows ("Minecraft creator
 * Markus Persson said he's cancelling ...", "Tom Smith said he would resign"): the pronoun is the
 * subject of the reported clause and stands for that person, named in the same sentence, so the
 * sentence does not lean on the one before for it ({@link Leaning}'s pronoun speaker is "..., said
 * he." or "Police said he ...", where no person is named before the verb).
 */
final class NamedReporter {
    private NamedReporter() {
    }

    /**
     * Whether the words of {@code t} that end right before {@code verb} (an offset) are a person's
     * full name: a run of capitalised words (a middle initial allowed), two or three of them
     * left once titles ("President", "Dr.") are set aside, that names no organisation ("White
     * House", "Google Inc.") and does not open the sentence with a pronoun.
     */
    static boolean before(String t, int verb) {
        List<String> run = new ArrayList<>();
        int end = verb;
        while (true) {
            while (end > 0 && t.charAt(end - 1) == ' ') end--;
            int start = end;
            while (start > 0 && isWordChar(t.charAt(start - 1))) start--;
            if (start == end) break;
            String w = t.substring(start, end);
            if (!Character.isUpperCase(w.charAt(0)) || w.length() > 1 && allUpper(w) && !isInitial(w)) break;
            run.add(0, w);
            end = start;
            if (end == 0 || t.charAt(end - 1) != ' ') break;
        }
        int names = 0;
        for (String w : run) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!isInitial(w) && !Names.TITLE_WORDS.contains(lower) && !Names.TITLE_WORDS.contains(lower.replace(".", ""))) names++;
        }
        // Four name words or more are a body's name ("Lehigh County Humane Society says she ..."), not a person's.
        return names >= 2 && names <= 3 && !Names.isOrganisation(String.join(" ", run));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.';
    }

    /** "R." in "Christopher R. Miller". */
    private static boolean isInitial(String w) {
        return w.length() == 2 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0));
    }

    private static boolean allUpper(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isLowerCase(w.charAt(i))) return false;
        return true;
    }
}

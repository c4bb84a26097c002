package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker that is a piece cut out of the writer's sentence rather than a name or a description a reader
 * would accept: a lower-case phrase that ends on a word no noun phrase ends on ("the statement goes on to
 * say", "a margin of error they concluded", "the patient was said to"), or on a lone letter left by an
 * abbreviation's period ("a former U.S. official" cut to "a former u"), or a speaker that runs over a
 * sentence's end ("a report shows. Zimmerman"). Such a speaker is dropped: the quote keeps none.
 */
final class CutSpeakers {
    /** A sentence's end inside the speaker: a lower-case word of three letters or more, its mark, then a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\p{L})(?<word>\\p{Ll}{3,})[.!?]\\s+\\p{Lu}");

    private CutSpeakers() {
    }

    /** Whether {@code speaker} is a cut phrase of the sentence, not a speaker (null and "" are not). */
    static boolean isCut(String speaker) {
        if (speaker == null || speaker.isBlank()) return false;
        String s = speaker.strip();
        Matcher end = SENTENCE_END.matcher(s);
        while (end.find()) if (!Lexicon.PERSON_TITLES.contains(end.group("word").toLowerCase(Locale.ROOT) + ".")) return true;
        if (!Character.isLowerCase(s.charAt(0))) return false; // names: only descriptions are read word by word
        String[] words = Spaces.split(s);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        // "the will", "the two": a short description may end on what is elsewhere a function word
        return words.length >= 3 && Lexicon.FUNCTION_WORDS.contains(last)
                || words.length >= 2 && last.length() == 1 && Character.isLetter(last.charAt(0));
    }
}

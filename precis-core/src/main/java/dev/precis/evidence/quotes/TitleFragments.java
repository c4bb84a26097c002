package dev.precis.evidence.quotes;

import dev.precis.evidence.names.SpeechPatterns;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A capitalised speaker that is no name: a fragment of a title-case headline or link ("Loss That Transformed JFK":
 * a function word capitalised inside the run, which a person's name never holds), a run of six or more capitalised
 * words with no lower-case word between them (longer than any name), a contraction ("We're", "Can't"), or one word
 * that is capitalised only because it opens the writer's sentence ("During", "It", "Both"). Such a speaker is
 * dropped: the quote keeps none.
 */
final class TitleFragments {
    /** "We're", "Can’t", "They've": a pronoun or verb contracted, never a name ("O’Neal", "D’Andraia" are). */
    private static final Pattern CONTRACTION = Pattern.compile("(?i).*(?:['’](?:re|ve|ll|m)|n['’]t)$");
    /** Determiners the function-word list leaves out (a description may end on them: "the other"), never a name. */
    private static final Set<String> DETERMINERS = Set.of("all", "both", "another", "other", "either", "neither");
    /** "That", "These": inside a title-case run, a demonstrative or complementiser marks a headline, not a name. */
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "these", "those");
    private static final int LONGER_THAN_A_NAME = 6;

    private TitleFragments() {
    }

    /** Whether {@code speaker} is a capitalised run that no person's or body's name would be. */
    static boolean isFragment(String speaker) {
        if (speaker == null || speaker.isBlank() || !Character.isUpperCase(speaker.strip().charAt(0))) return false;
        String[] words = Spaces.split(speaker.strip());
        if (words.length == 1) return sentenceWord(words[0]);
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (CONTRACTION.matcher(w).matches()) return true;
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            capitalised++;
            String lower = w.toLowerCase(Locale.ROOT);
            // "Won In Choul": a two-letter word may be a given name; "The New York Times": an article may open a name
            if (i > 0 && lower.length() >= 3 && (Lexicon.FUNCTION_WORDS.contains(lower) || DEMONSTRATIVES.contains(lower))) return true;
        }
        return capitalised == words.length && words.length >= LONGER_THAN_A_NAME;
    }

    /** A lone word capitalised because it opens a sentence: a function word, a conjunction, a sentence opener, a contraction. */
    private static boolean sentenceWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (SpeechPatterns.SPEECH_WORDS.contains(lower)) return false; // "Said": a surname as well as the verb
        return CONTRACTION.matcher(word).matches() || Lexicon.FUNCTION_WORDS.contains(lower) || DETERMINERS.contains(lower)
                || Lexicon.OPENING_CONJUNCTIONS.contains(lower) || Lexicon.SENTENCE_OPENERS.contains(lower);
    }
}

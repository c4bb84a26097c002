package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.precis.evidence.names.Sentences.sentenceStart;
import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * An unnamed source spoken of again by a shorter description: "A U.S. official familiar with the matter said
 * ... “...,” the official said". The writer introduced the source once, with an indefinite article and the
 * words that tell it apart ("a U.S. official", "a police spokeswoman", "a spokesperson for Blanchfield"); "the
 * official" says no more than that, so the speaker is the fuller description the article gave first.
 */
final class FullerDescriptions {
    private FullerDescriptions() {
    }

    /** Nouns for a source that speaks for a body and is often left unnamed (singular: "the officials" are several). */
    private static final Set<String> SOURCES = Set.of("official", "spokesman", "spokeswoman", "spokesperson", "representative",
            "rep", "source", "aide", "adviser", "advisor", "publicist");
    /**
     * "the official", "the spokeswoman", "the retired official": "the", one source noun, and at most one word the
     * introduction also gave it, nothing that sets it apart further.
     */
    private static final Pattern SHORT = Pattern.compile("^the\\s+(?:(?<modifier>\\p{Ll}+)\\s+)?(?<noun>\\p{Ll}+)$");
    /**
     * For each source noun, its introduction: "a U.S. official", "a police spokeswoman", "a spokesperson for
     * Blanchfield", "One former White House official", "Another source" (an article or a word counting sources, up
     * to three modifiers, the noun, maybe the body it speaks for), or a named one ("a
     * spokesman, John Reyes,"); compiled once here, as {@link #of} runs for every quote credited to such a noun.
     */
    private static final Map<String, Pattern> INTRODUCTIONS = SOURCES.stream().collect(Collectors.toUnmodifiableMap(noun -> noun,
            noun -> Pattern.compile("\\b(?<article>[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?<modifiers>(?:[\\p{L}][\\p{L}.'’-]*\\s+){0,3}?)" + Pattern.quote(noun)
                    + "(?<body>\\s+(?:for|of|at|with|from)\\s+(?:the\\s+)?" + NAME + ")?(?<after>,\\s*" + NAME + ")?(?![\\p{L}-])")));
    /** How many sentences before the quote's own are read for the introduction. */
    private static final int SENTENCES_BACK = 6;

    /**
     * The fuller description that introduced the source {@code speaker} ("the official") speaks for, read in
     * the sentences of article text {@code t} before the quote at {@code quoteAt}; null when {@code speaker} is
     * no short source description, or the text gave none (or named the source: then it is no unnamed one).
     */
    static String of(String speaker, String t, int quoteAt) {
        Matcher s = SHORT.matcher(speaker);
        if (!s.matches() || !SOURCES.contains(s.group("noun"))) return null;
        String noun = s.group("noun"), modifier = s.group("modifier");
        int from = sentenceStart(t, quoteAt);
        for (int k = 0; k < SENTENCES_BACK && from > 0; k++) from = sentenceStart(t, from - 1);
        String before = t.substring(from, quoteAt);
        Matcher m = INTRODUCTIONS.get(noun).matcher(before); // the last introduction counts
        String found = null;
        while (m.find()) {
            if (m.group("after") != null || !plainModifiers(m.group("modifiers"))) {
                found = null; // "a spokesman, John Reyes,": a named source, which other forms give by name
                continue;
            }
            // "a source" says no more than "the source"; "one source", "another source" tell it from the others
            if (m.group("modifiers").isBlank() && m.group("body") == null && m.group("article").length() <= 2
                    || modifier != null && !Arrays.asList(Spaces.split(m.group("modifiers").trim())).contains(modifier)) {
                found = null;
                continue;
            }
            found = m.group("article").toLowerCase(Locale.ROOT) + " " + m.group("modifiers") + noun
                    + (m.group("body") == null ? "" : m.group("body"));
        }
        return found == null ? null : Spaces.collapse(found);
    }

    /** Modifiers that describe the noun: no function word ("a statement from the official" introduces no official). */
    private static boolean plainModifiers(String modifiers) {
        for (String w : Spaces.split(modifiers.trim()))
            if (!w.isEmpty() && Lexicon.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
        return true;
    }
}

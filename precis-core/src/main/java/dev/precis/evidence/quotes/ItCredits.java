package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;
import dev.precis.lexicon.Capitals;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * "“...,” it said" and "It said at the time, “": a quote credited to "it" gives the words of the body or document
 * whose words the text was just giving ("the Russian Foreign Ministry said in a statement ... ¶ “...,” it said";
 * "In a later statement, Greenpeace said ... “...”, it added"). "It" stands for that body only when the last voice
 * before the quote, in its paragraph or the one before, is a body (an organisation's name or a document); when a
 * person spoke last, or nobody did, "it" may be anything and the quote stays unattributed. "“...,” they said" reads the
 * same way, for a voice of several people ("the couple", "the Mercers", "Molto and Sheldrick").
 */
final class ItCredits {
    /**
     * ", it said" right after the quote, closing its clause or followed by where or when ("it said in a statement");
     * not "it says the chargers were ...", a sentence of the writer's.
     */
    private static final Pattern AFTER = Pattern.compile("^\\s*[,.]?\\s*it\\s+(?:also\\s+)?" + SPEECH
            + "(?=\\s*(?:[.,;:!?]|$)|\\s+(?:in|on|at|from|to|after|before|when|while)\\b)");
    /** "It said at the time, “", "It also found that Republicans “": the quote's own sentence opens on "It" and a verb. */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[.!?]\\s+)It\\s+(?:also\\s+)?(?:" + SPEECH + "|called|found)\\b[^.!?\"“”]*$");
    /** ", they said" right after the quote, closing its clause or followed by where or when, as {@link #AFTER} reads "it". */
    private static final Pattern THEY_AFTER = Pattern.compile("^\\s*[,.]?\\s*they\\s+(?:also\\s+)?" + SPEECH
            + "(?=\\s*(?:[.,;:!?]|$)|\\s+(?:in|on|at|from|to|after|before|when|while)\\b)");
    /** Nouns for several people who speak as one: "the couple said", "Bentdahl's family said". */
    private static final Set<String> SEVERAL = Set.of("couple", "family", "families", "parents", "pair", "duo", "siblings",
            "brothers", "sisters", "relatives", "children", "band", "founders", "authors", "researchers");

    private ItCredits() {
    }

    /**
     * Whether the speaker so far leaves "it" to read: no form credited the quote (null), or one credited it to "it"
     * (", it said"), which {@link Speakers#person} reads as no one (""), as it does "they".
     */
    static boolean namesNoOne(String speaker) {
        return speaker == null || speaker.isEmpty();
    }

    /**
     * The body "it" stands for in the credit of a quote ({@code own}: its sentence before it; {@code tail}: the words after
     * it; {@code article}: the quote's, read only when it keeps its capitals), given the voices heard before it, nearest first ({@code voices}; null or "" when none); {@code speaker}, the
     * speaker so far, when "it" credits no quote here or the nearest voice is no body.
     */
    static String body(String speaker, String own, String tail, String article, Map<String, Character> genders, String... voices) {
        if (THEY_AFTER.matcher(tail).find()) return several(speaker, article, voices);
        // a lower-cased article hides the bodies that spoke ("the census bureau said"): the voice before may be another
        if (!Capitals.insideSentences(article) || !AFTER.matcher(tail).find() && !BEFORE.matcher(own).find()) return speaker;
        for (String voice : voices) {
            if (voice == null || voice.isEmpty()) continue;
            return isBody(voice, genders) ? voice : speaker; // the nearest voice only
        }
        return speaker;
    }

    /**
     * "“...,” the couple said. ¶ “...,” they said": "they" stands for the nearest voice before the quote when that voice is
     * several people (two names joined, a family's name in the plural as the article writes it, "the Mercers", or a noun
     * for several who speak as one); else {@code speaker}.
     */
    private static String several(String speaker, String article, String... voices) {
        for (String voice : voices) {
            if (voice == null || voice.isEmpty()) continue;
            String last = voice.substring(voice.lastIndexOf(' ') + 1);
            boolean plural = voice.contains(" and ") || SEVERAL.contains(last.toLowerCase(Locale.ROOT)) || GroupSpeakers.isGroup(voice)
                    || voice.indexOf(' ') < 0 && voice.endsWith("s") && article.contains("the " + voice);
            return plural ? voice : speaker; // the nearest voice only
        }
        return speaker;
    }

    /**
     * An organisation's name, an initialism ("FDA"), a document, or one word the cluster gives no person by
     * ("Greenpeace": no gender, no longer name).
     */
    static boolean isBody(String voice, Map<String, Character> genders) {
        if (genders.containsKey(voice)) return false;
        return Names.isOrganisation(voice) || DocumentSpeakers.isDocument(voice) || voice.indexOf(' ') < 0 && !voice.startsWith("the");
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;
import dev.precis.lexicon.Capitals;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.isInitialism;
import static dev.precis.evidence.names.Sentences.sentenceStart;

/**
 * A body spoken of again by a description: "Keurig said ... ¶ “...,” the company said", "the State Department said in a
 * statement. ¶ “...,” the statement said". The reader wants the body's name (the labels' convention since round
 * bodies18), which the article gave just before: the speaker is the nearest voice before the quote (as for "it said",
 * {@link ItCredits}) when that voice is a body of the kind the description names ("the company" is an organisation, not
 * a person, a place or a public office) and its name is written in reach: the quote's paragraph and the two sentences
 * before it. Otherwise the description stays.
 */
final class BodyNames {
    private BodyNames() {
    }

    /** "the company", "the statement": "the" and one noun. */
    private static final Pattern SHORT = Pattern.compile("^the\\s+(?<noun>\\p{Ll}+)$");
    /** Descriptions of a business; the body must be an organisation that no word marks as a public one. */
    private static final Set<String> BUSINESSES = Set.of("company", "firm", "retailer", "airline", "manufacturer", "maker",
            "chain", "restaurant", "studio", "brand", "magazine", "newspaper", "network");
    /** Words of a public body's name ("Department", "Police"): such a body is no company. */
    private static final Set<String> PUBLIC_WORDS = Set.of("police", "ministry", "department", "government", "court", "council",
            "agency", "commission", "committee", "army", "forces", "command", "office", "party", "nations", "service", "house",
            "board", "bureau", "administration", "state", "states", "university", "hospital", "fleet", "navy", "embassy");
    /**
     * Descriptions of a public body, each with the words one of its names holds ("the agency": the U.S. Fish and Wildlife
     * Service, the FDA): an initialism fits each too.
     */
    private static final Map<String, Set<String>> PUBLIC_BODIES = Map.of(
            "agency", Set.of("agency", "service", "administration", "bureau", "commission", "fund", "department", "office"),
            "department", Set.of("department"),
            "ministry", Set.of("ministry"),
            "hospital", Set.of("hospital", "clinic", "medical"),
            "court", Set.of("court"),
            "council", Set.of("council"),
            "commission", Set.of("commission"));
    /** How many sentences before the quote's own are in reach, besides its paragraph. */
    private static final int SENTENCES_BACK = 2;

    /**
     * The body a description {@code speaker} ("the company", "the statement") stands for, read in article text {@code t}
     * before the quote at {@code quoteAt} (its paragraph opening at {@code paragraphStart}), given the voices heard before
     * it, nearest first ({@code voices}); null when {@code speaker} is no such description, the nearest voice is no body of
     * its kind, or the article lost its capitals (a lower-cased text hides which body spoke).
     */
    static String of(String speaker, String t, int quoteAt, int paragraphStart, Map<String, Character> genders, String... voices) {
        Matcher s = SHORT.matcher(speaker);
        if (!s.matches() || !Capitals.insideSentences(t)) return null;
        String noun = s.group("noun");
        if (!noun.equals("statement") && !BUSINESSES.contains(noun) && !PUBLIC_BODIES.containsKey(noun)) return null;
        for (String voice : voices) {
            if (voice == null || voice.isEmpty()) continue;
            if (fits(noun, voice, genders) && inReach(voice, t, quoteAt, paragraphStart)) return voice; // the nearest voice only
            break;
        }
        return noun.equals("statement") ? issuer(reach(t, quoteAt, paragraphStart), genders) : null;
    }

    /**
     * "the State Department said in a statement", "The Tribal Council issued a statement", "a statement from the Harbour
     * Board": the body that gave a statement in the text before the quote ({@code before}), when exactly one body did.
     */
    static String issuer(String before, Map<String, Character> genders) {
        String found = null;
        for (Pattern p : ISSUERS) {
            Matcher m = p.matcher(before);
            while (m.find()) {
                String body = m.group("body");
                // "a statement from the Harbour Board.": the sentence's full stop, not an abbreviation's ("U.S.")
                if (body.endsWith(".") && Character.isLowerCase(body.charAt(body.length() - 2))) body = body.substring(0, body.length() - 1);
                if (!ItCredits.isBody(body, genders) || body.indexOf(' ') < 0 && !isInitialism(body)) return null; // a person's, or unsure
                if (found != null && !found.equals(body)) return null; // two bodies: which one's statement is unclear
                found = body;
            }
        }
        return found;
    }

    /** A capitalised name of up to six words, "and"/"of" inside it ("U.S. Fish and Wildlife Service"). */
    private static final String BODY = "(?<![\\p{L}.'’-])(?:The\\s+)?(?<body>\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:(?:and|of|for)\\s+)?\\p{Lu}[\\p{L}.&'’-]*){0,5})";
    /** The forms that say a body gave a statement. */
    private static final Pattern[] ISSUERS = {
            Pattern.compile(BODY + "\\s+(?:said|says|issued|released|posted|put\\s+out|added)\\s+(?:in\\s+)?(?:a|its)\\s+(?:\\p{Ll}+\\s+)?statement\\b"),
            Pattern.compile("\\bstatement\\s+(?:from|by|issued\\s+by|released\\s+by)\\s+(?:the\\s+)?" + BODY + "(?=\\s*[.,;:!?]|\\s+\\p{Ll})")}; // the whole name: not "US" of "US 7th Fleet"

    /** The quote's paragraph before it and the two sentences before the quote. */
    private static String reach(String t, int quoteAt, int paragraphStart) {
        int from = sentenceStart(t, quoteAt);
        for (int k = 0; k < SENTENCES_BACK && from > 0; k++) from = sentenceStart(t, from - 1);
        return t.substring(Math.min(from, paragraphStart), quoteAt);
    }

    /** Whether body {@code voice} is of the kind {@code noun} describes. */
    static boolean fits(String noun, String voice, Map<String, Character> genders) {
        if (!ItCredits.isBody(voice, genders) || DocumentSpeakers.isDocument(voice) || voice.startsWith("the ")) return false;
        if (noun.equals("statement")) return true; // a body's statement, whatever the body
        String[] words = Spaces.split(voice.toLowerCase(Locale.ROOT));
        if (BUSINESSES.contains(noun)) {
            for (String w : words) if (PUBLIC_WORDS.contains(w)) return false;
            return true;
        }
        if (isInitialism(voice)) return true;
        for (String w : words) if (PUBLIC_BODIES.get(noun).contains(w)) return true;
        return false;
    }

    /** Whether {@code voice} is written in the quote's paragraph or the two sentences before the quote. */
    private static boolean inReach(String voice, String t, int quoteAt, int paragraphStart) {
        return reach(t, quoteAt, paragraphStart).contains(voice);
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.StartPattern;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.PARENTHESIS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;
import static dev.precis.evidence.quotes.PlaceMentions.PLACE_BEFORE;
import static dev.precis.evidence.quotes.PlaceMentions.insideName;
import static dev.precis.evidence.quotes.PlaceMentions.runStart;
import static dev.precis.evidence.quotes.Speakers.ADVERB;
import static dev.precis.evidence.quotes.Speakers.AFFILIATION;
import static dev.precis.evidence.quotes.Speakers.CALLING;
import static dev.precis.evidence.quotes.Speakers.TITLE_ABBREVIATION;
import static dev.precis.evidence.quotes.Speakers.namedPerson;

/**
 * Credits with the subject before its verb, the commonest form: "Smith said" or "he added" after the quote, "Okafor
 * described the sinking as" before it; "jokes", "remarks" and "quips" only right between the subject and the quote.
 */
final class SubjectCredits {
    /** "Ezequiel Mendez, a neighbor said": a short role after the name whose closing comma is missing. */
    private static final String OPEN_APPOSITIVE = ",\\s+(?:a|an|the)\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}";
    private static final Pattern AFTER_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?:(?:(?!\\p{Ll}[.!?]\\s)[^\"“”]|" + TITLE_ABBREVIATION + "){0,80}?\\s)??(?<name>he|she|they|it|" + NAME + ")" + AFFILIATION + PARENTHESIS + "\\s+(?:has\\s+|had\\s+)?" + ADVERB + "(?:\\p{Ll}+ly\\s+)?" + SPEECH + "\\b");
    /** The name nearest the quote wins: "... for KFC, says Riese, but, she adds, \"..." is Riese's. */
    private static final StartPattern BEFORE = StartPattern.of(
            "(?<name>\\b(?:he|she|" + NAME + "))" + PARENTHESIS + "(?:,\\s*who|,|(?:,[^,\"“”]{1,80}){1,3},|" + OPEN_APPOSITIVE + ")?\\s+(?:has\\s+|had\\s+)?" + ADVERB + "(?:\\p{Ll}+ly\\s+)?(?:" + SPEECH
                    + "|" + CALLING + ")\\b[^\"“”]{0,60}$",
            (text, at) -> text.charAt(at) == 'h' || text.charAt(at) == 's' || StartPattern.UPPER_CASE.at(text, at));
    /**
     * Verbs of speech that are also nouns ("Trump Twitter jokes", "his remarks"): a verb only right between
     * a subject and the quote, "Kimmel jokes in a monotone voice" after it, "MacLaine, who remarks, “" before it.
     */
    private static final String NOUN_VERBS = "(?:jokes|remarks|quips)";
    private static final Pattern NOUN_VERB_AFTER = Pattern.compile(
            "^\\s*[,.]?\\s*(?<name>he|she|" + NAME + ")(?<!['’]s)\\s+" + NOUN_VERBS + "\\b");
    /** Not after a possessive: "Costa's remarks, “...”" are no verb. */
    private static final Pattern NOUN_VERB_BEFORE = Pattern.compile(
            "(?<name>\\b(?:he|she|" + NAME + "))(?<!['’]s)(?:,\\s*who)?\\s+" + NOUN_VERBS + "\\s*[,:]\\s*$");

    private SubjectCredits() {
    }

    /** The subject of a verb of speech after the quote ("Smith said", "he added"), as written; null when none. */
    static String after(String tail) {
        Matcher m = AFTER_NAME.matcher(tail);
        return m.find() ? m.group("name") : null;
    }

    /** The subject of "jokes", "remarks" or "quips" opening the words after the quote ("Kimmel jokes"); null when none. */
    static String nounVerbAfter(String tail) {
        Matcher m = NOUN_VERB_AFTER.matcher(tail);
        return m.find() ? m.group("name") : null;
    }

    /** The subject of a verb of speech nearest the quote before it ("Okafor described the sinking as"), as written; null when none. */
    static String before(String head) {
        Matcher m = nearest(BEFORE, head);
        return m != null ? m.group("name") : null;
    }

    /** The subject of "jokes", "remarks" or "quips" right before the quote ("MacLaine, who remarks, “"); null when none. */
    static String nounVerbBefore(String head, Map<String, String> longest, Pronouns refs) {
        // most heads hold none of the three words: the pattern, which may start at any word, runs only where one is
        if (!head.contains("jokes") && !head.contains("remarks") && !head.contains("quips")) return null;
        Matcher m = NOUN_VERB_BEFORE.matcher(head);
        if (!m.find()) return null;
        return namedPerson(m.group("name"), longest, refs);
    }

    /**
     * The match that starts latest, at a word start: the name nearest the quote; not a name right after
     * "of", "in", "at" or "from" ("Majority Whip John Cornyn of Texas, said"; "the chair of the Calvin Coolidge
     * Foundation, where ..., told me"): that is a place or a body.
     */
    private static Matcher nearest(StartPattern p, String head) {
        Matcher m = p.matcher(head);
        for (int i = head.length() - 1; i >= 0; i--) {
            if (!Character.isLetter(head.charAt(i)) || i > 0 && Character.isLetterOrDigit(head.charAt(i - 1))
                    || !p.mayStartAt(head, i) || PLACE_BEFORE.find(head.substring(Math.max(0, i - 10), i))) continue;
            int run = runStart(head, i);
            if (insideName(head, i, run) || ObjectNames.at(head, i, run)) continue; // "A spokeswoman for Catherine Zeta-Jones says"
            m.region(i, head.length());
            if (m.lookingAt()) return m;
        }
        return null;
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * A credit the writer sets off by commas inside the sentence that runs on into a quote: "The goal, he said, amounts
 * to nothing less than the “...”", "In the harbour case, the judge said, the choice “...”", "And, said Costa, “...”",
 * "as Adm. Ana Costa, head of the port authority, put it, “...”". Nothing in the sentence's grammar names the speaker
 * (the subject of the interrupted clause is what the words are about), but the interruption does: it is the
 * English way to credit the words on either side of it. The credit must interrupt a clause (writer's words stand
 * before its opening comma and, for "X said,", after its closing one) and be the last one before the quote; "he"/"she"
 * counts only for the person the sentence before opens on, a role only as a group ("the plaintiffs") or as the one
 * person the article gave it. After the quote, a name whose appositive or relative clause stands between it and its
 * verb ("“...,” Lt. Col. Ana Costa, an F-16 pilot, told") is the same kind of credit, set off the other way.
 */
final class ParentheticalCredits {
    /** The speaker a credit may name: he/she, a name, or a lower-case role ("the judge", "the plaintiffs"). */
    private static final String WHO = "(?<who>he|she|" + NAME + "|the\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2})";
    /** ", he said,", ", the plaintiffs say,", ", Costa added in an interview,": subject, verb, maybe where, comma. */
    private static final Pattern SUBJECT_VERB = Pattern.compile(",\\s+" + WHO + "\\s+(?:\\p{Ll}+ly\\s+)?" + SPEECH
            + "(?:\\s+(?:in\\s+(?:a|an|the)\\s+\\p{Ll}+|last\\s+\\p{Ll}+|on\\s+\\p{Lu}\\p{Ll}+))?\\s*,");
    /** ", said Costa,": the verb first. */
    private static final Pattern VERB_NAME = Pattern.compile(",\\s+" + SPEECH + "\\s+(?<who>" + NAME + ")\\s*,");
    /** "as Ana Costa, head of the port authority, put it,": the name, maybe its appositive. */
    private static final Pattern PUT_IT = Pattern.compile("\\bas\\s+(?<who>[^,\"“”]{2,60}?)(?:,[^,\"“”]{1,100},)?\\s+put\\s+it\\s*,");
    /** "Lt. Col. ": titles' abbreviations before a name, more than the one {@code NAME} takes. */
    private static final String TITLES = "(?:" + Speakers.TITLE_ABBREVIATION + "\\s+)*";
    /**
     * After the quote: "“...,” Lt. Col. Ana Costa, an F-16 pilot, told the Tribune" and "“...,” Ana Costa with the
     * Harbour Board, which held no party, told us": the name, maybe the body it speaks for, then a clause set off by
     * commas, then the verb.
     */
    private static final Pattern AFTER = Pattern.compile("^\\s*,?\\s*" + TITLES + "(?<who>" + NAME + ")"
            + "(?:\\s+(?:with|of|from|at)\\s+[^,\"“”.;]{1,60})?,\\s(?:(?![.!?]\\s)[^\"“”;]){1,150}?,\\s*(?:has\\s+|had\\s+)?(?:\\p{Ll}+ly\\s+)?" + SPEECH + "\\b");
    private static final Pattern NAME_RUN = Pattern.compile("\\b" + NAME);
    /** A role credited by its description ("the judge", "the plaintiffs"). */
    private static final Pattern ROLE = Pattern.compile("the\\s+\\p{Ll}.*");

    private ParentheticalCredits() {
    }

    /**
     * The speaker a parenthetical credit names: in {@code tail}, the words after the quote, or in {@code own}, the
     * writer's words of the quote's sentence before it, which starts at {@code sentenceAt} of the article's {@code text};
     * null when they hold none.
     */
    static String speaker(String own, String tail, String text, int sentenceAt, Map<String, String> longest, Pronouns refs) {
        Matcher after = AFTER.matcher(tail);
        if (after.find()) {
            String name = Speakers.namedPerson(after.group("who"), longest, refs);
            if (name != null && !isOrganisation(name)) return name;
        }
        String raw = null;
        int at = -1;
        for (Pattern p : new Pattern[]{SUBJECT_VERB, VERB_NAME, PUT_IT}) {
            Matcher m = p.matcher(own);
            while (m.find()) {
                // ", the couple said, “": a credit that closes the writer's words introduces the quote, as other rules read
                boolean interrupts = p != SUBJECT_VERB || own.substring(m.end()).chars().anyMatch(Character::isLetter);
                if (interrupts && m.start() > at) {
                    at = m.start();
                    raw = p == PUT_IT ? lastName(m.group("who")) : m.group("who");
                }
            }
        }
        if (raw == null || own.substring(0, at).chars().noneMatch(Character::isLetter)) return null;
        if (ROLE.matcher(raw).matches()) return role(raw, text.substring(0, sentenceAt), longest);
        String name = Speakers.namedPerson(raw, longest, refs);
        if (name == null || isOrganisation(name)) return null;
        // "he"/"she" only for the person the sentence before opens on: "... Beatty steps out to explain to Kimmel what
        // happened. The card he had been given, he says, ..." is Beatty's, whom the last name read does not tell
        return !raw.equals("he") && !raw.equals("she") || opensSentenceBefore(name, text, sentenceAt, longest) ? name : null;
    }

    /**
     * Whether {@code name} is the subject opening the sentence before the one at {@code sentenceAt} of {@code text}:
     * past a lead-in, or the name the sentence starts with, however long the appositive after it ("Bannon, the
     * former strategist who now speaks for the White House, seemed to ...").
     */
    private static boolean opensSentenceBefore(String name, String text, int sentenceAt, Map<String, String> longest) {
        String previous = WovenQuotes.sentenceBefore(text, sentenceAt);
        if (previous == null) return false;
        String subject = OpeningSubjects.openingSubject(previous);
        if (subject != null && name.equals(canonical(subject, longest))) return true;
        Matcher first = NAME_RUN.matcher(previous.stripLeading());
        return first.lookingAt() && name.equals(canonical(first.group(), longest));
    }

    /**
     * The speaker a role's credit names: a group as written ("the plaintiffs"), one person's role ("the judge") as the one
     * person the text {@code before} gives it; null when it gives it none or several (a label holds the name), and for
     * words that are no role ("the more they" in "the more they said, the less ...").
     */
    private static String role(String raw, String before, Map<String, String> longest) {
        String[] words = Spaces.split(raw.substring(4));
        for (String w : words) if (Lexicon.FUNCTION_WORDS.contains(w)) return null;
        String last = words[words.length - 1];
        if (last.endsWith("s") && !last.endsWith("ss")) return raw;
        Set<String> named = words.length == 1 ? Roles.peopleWithRole(last, before, longest) : Set.of();
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The last name run in {@code who} ("Navy Adm. Ana Costa" gives "Ana Costa"); null when none. */
    private static String lastName(String who) {
        if (who.equals("he") || who.equals("she")) return who;
        Matcher m = NAME_RUN.matcher(who);
        String last = null;
        while (m.find()) last = m.group();
        return last;
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * A credit that opens a paragraph and hands it to a quote through a colon, with no verb: "Per Goldman
 * Sachs:", "NYT’s Nate Silver:", "From spokesman Lawrence Di Rita:", "Bundy's response:", "Per a White
 * House official:". Digests and round-ups credit their excerpts this way; the name is the speaker, and it
 * is read before the other forms of the words before a quote ("Per Treasury official:" is no name "Per Treasury").
 * The name may carry an aside up to the colon, a role or what the speaker was answering: "American Bankers Association
 * President Frank Keating, responding to President Obama's comments ...:", "Dr Dagfinn Aune, lead author of the
 * research ... explained:".
 */
final class Credits {
    /** A heading before the credit ("BofA RESPONSE - "): a short run of words up to a dash. */
    private static final String HEADING = "(?:[^\"“”:.]{1,40}?\\s[-–]\\s+)?";
    /** "a top financial industry source", "Treasury official": an unnamed source, after "Per" or "From" only. */
    private static final Pattern ROLE = Pattern.compile("^\\s*" + HEADING + "(?:Per|From)\\s+(?<role>(?:a|an)\\s+[^\"“”:,;.]{2,50}?"
            + "|\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*){0,3}\\s+\\p{Ll}[\\p{Ll}-]*)"
            + "(?:\\s+on\\s+[^\"“”:]{1,40})?\\s*:\\s*$");
    /**
     * A name, maybe behind its outlet's possessive ("TechCrunch’s Dan Lyons") and before a possessive
     * noun of its own ("Sen. Dick Durbin’s floor statement"), a handle in brackets or a page ("on pg. C1").
     */
    private static final Pattern NAMED = Pattern.compile("^\\s*" + HEADING + "(?<per>(?:Per|From)\\s+(?:(?:spokesman|spokeswoman|spokesperson)\\s+)?)?"
            + "(?<outlet>" + CAP + "(?:\\s+" + CAP + "){0,3}?['’]s\\s+)?(?<name>" + NAME + "?)"
            + "(?:['’]s\\s+(?<owned>\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)?))?"
            + "(?:\\s*\\([^()\"“”]{1,40}\\))?(?:\\s+on\\s+pg\\.\\s*\\S{1,6})?(?<aside>,[^\"“”:.!?]{3,140})?\\s*:\\s*$");
    /** What a person's possessive may credit without "Per"/"From": their own words ("Bundy's response:"). */
    private static final Set<String> WORDS = Set.of("response", "statement", "reply", "answer", "reaction", "words", "tweet",
            "comment", "comments", "message", "letter", "remarks");

    private Credits() {
    }

    /** Whether {@code name} is the longest form the cluster gives the person of its last word (and has two words or more). */
    static boolean isFullName(String name, Map<String, String> longest) {
        int space = name.lastIndexOf(' ');
        return space > 0 && name.equals(longest.get(name.substring(space + 1).toLowerCase(Locale.ROOT)));
    }

    /** The speaker that the paragraph's words before its first quote credit; null when they are no such credit. */
    static String speaker(String before, Map<String, String> longest, Pronouns refs) {
        if (!before.stripTrailing().endsWith(":")) return null;
        Matcher m = NAMED.matcher(before);
        if (!m.find()) {
            m = ROLE.matcher(before);
            return m.find() ? m.group("role").strip() : null;
        }
        String raw = m.group("name");
        String owned = m.group("owned");
        boolean credited = m.group("per") != null;
        if (owned != null && !credited && !WORDS.contains(owned.substring(owned.lastIndexOf(' ') + 1))) return null;
        // a bare name before a colon is a credit only when it is the full name the cluster gives a person or comes
        // behind its outlet: "Related:" or "UPDATE:" is a heading, "Added Lesh:" a verb before a name
        if (!credited && owned == null && m.group("outlet") == null && !isFullName(canonical(raw, longest), longest)) return null;
        if (raw.length() < 3 || raw.equals(raw.toUpperCase(Locale.ROOT))) return null;
        return Speakers.namedPerson(raw, longest, refs);
    }
}

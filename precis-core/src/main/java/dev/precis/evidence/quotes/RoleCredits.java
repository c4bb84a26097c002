package dev.precis.evidence.quotes;

import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;
import static dev.precis.evidence.quotes.Speakers.TO_LISTENER;
import static dev.precis.evidence.quotes.Speakers.lowerFirst;

/**
 * Credits to a role: "the minister said", "said a producer who worked with him", "The actress then asked, “". The
 * role is the speaker when no name goes with it; "the satirist Massimo Gramellini wrote" gives the name.
 */
final class RoleCredits {
    /** "the satirist and political commentator Massimo Gramellini wrote": a role, then the name (not "the insider at Breitbart said"). */
    private static final Pattern AFTER_ROLE_THEN_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?:the|a|an)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,5}(?<!\\b(?:at|of|for|from|with|by|in|to)\\s)(?<name>" + NAME + ")\\s+(?:\\p{Ll}+ly\\s+)?" + SPEECH + "\\b");
    private static final Pattern ROLE_START = Pattern.compile("^\\s*[,.]?\\s*(?:the|a|an)\\s+\\p{Ll}");
    /**
     * "the president proudly stated", "The actress then asked": an adverb between a role and its verb, which is
     * no part of the role (not the nouns ending in "ly": "the victim's family said").
     */
    private static final String ROLE_ADVERB = "(?:(?:then|also|later|again|(?!(?:family|ally|assembly|rally|supply|belly|bully|daily|weekly|monthly|elderly)\\b)\\p{Ll}{3,}ly)\\s+)?";
    private static final Pattern AFTER_ROLE = Pattern.compile(
            "^\\s*[,.]?\\s*(?<name>(?:the|a|an)\\s+[\\p{L}'’ .-]{2,60}?)\\s+" + ROLE_ADVERB + SPEECH + "\\b", Pattern.CASE_INSENSITIVE);
    /** ", says a producer who worked with him.": the verb, then an unnamed speaker closing the sentence ("said the minister" is someone named before, {@link #AFTER_ROLE}). */
    private static final Pattern AFTER_VERB_THEN_ROLE = Pattern.compile(
            "^\\s*[,.]?\\s*(?<verb>" + SPEECH + ")\\s+(?<role>(?:a|an|another|one)(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){1,6})\\s*(?:[.,;]|$)");
    private static final Pattern BEFORE_ROLE = Pattern.compile(
            "^\\s*\\(?(?:But\\s+|And\\s+)?(?<name>(?:A|An|The)\\s[^,\"“”]{2,60}?)(?:,[^,\"“”]{1,80},)?\\s+(?:has\\s+)?" + ROLE_ADVERB
                    + SPEECH + "\\b[^\"“”]{0,60}$");
    /** ", were found in his car and home, the minister added.": the writer's clause, then a one-word role and the verb closing the sentence. */
    private static final Pattern CLAUSE_THEN_ROLE = Pattern.compile(
            "^[^\"“”.!?]{1,120}?,\\s*the\\s+(?<role>\\p{Ll}{3,20})\\s+" + SPEECH + "\\s*[.!]?\\s*$");

    private RoleCredits() {
    }

    /** The role word of a quote closed by the writer's clause and "the minister added" ({@code "minister"}); null otherwise. */
    static String clauseRole(String tail) {
        Matcher m = CLAUSE_THEN_ROLE.matcher(tail);
        return m.find() ? m.group("role") : null;
    }

    /** The one-word role of a role speaker ("the minister" gives "minister"); null for anything else. */
    static String roleWord(String speaker) {
        if (speaker == null || !speaker.startsWith("the ")) return null;
        String w = speaker.substring(4);
        for (int i = 0; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i))) return null;
        return w.length() >= 3 ? w : null;
    }

    /** The name after a role opening the words after the quote ("the satirist Massimo Gramellini wrote"); null when none. */
    static String nameAfter(String tail) {
        Matcher m = AFTER_ROLE_THEN_NAME.matcher(tail);
        return m.find() ? m.group("name") : null;
    }

    /** Whether the words after the quote open with a role (", the insider at Breitbart said"), whose capitalised words name no speaker. */
    static boolean opensAfter(String tail) {
        return ROLE_START.matcher(tail).lookingAt();
    }

    /** The role credited after the quote, as a phrase of the text ("the minister", "a senior official"); null when none. */
    static String after(String tail) {
        Matcher m = AFTER_ROLE.matcher(tail);
        if (m.find()) {
            String role = RolePhrases.withoutVerbChain(m.group("name").strip());
            if (Spaces.split(role).length <= 6) return role.toLowerCase(Locale.ROOT).startsWith("the ")
                    || role.toLowerCase(Locale.ROOT).startsWith("a ") || role.toLowerCase(Locale.ROOT).startsWith("an ")
                    ? lowerFirst(role) : role;
        }
        return null;
    }

    /** The unnamed speaker after a verb closing the sentence (", says a producer who worked with him."); null when none. */
    static String verbFirstAfter(String tail) {
        Matcher m = AFTER_VERB_THEN_ROLE.matcher(tail);
        return m.find() && !TO_LISTENER.contains(m.group("verb")) ? m.group("role") : null;
    }

    /** The role opening the words before the quote ("The actress then asked, “"), lower-cased at its start; null when none. */
    static String before(String head) {
        Matcher m = BEFORE_ROLE.matcher(head);
        return m.find() && Spaces.split(m.group("name")).length <= 7 ? lowerFirst(RolePhrases.withoutVerbChain(m.group("name").strip())) : null;
    }
}

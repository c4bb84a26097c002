package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.StartPattern;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;
import static dev.precis.evidence.quotes.PlaceMentions.OBJECT_BEFORE;
import static dev.precis.evidence.quotes.Speakers.AFFILIATION;
import static dev.precis.evidence.quotes.Speakers.CALLING;
import static dev.precis.evidence.quotes.Speakers.TITLE_ABBREVIATION;
import static dev.precis.evidence.quotes.Speakers.person;

/**
 * Credits whose name is set off by commas with a role, after the quote or before it: "the lead researcher, William
 * Copeland, a psychologist at Duke, said", "Ian Freer, the reviews editor at Empire, said:". The commas keep the
 * verb away from the name, which the plain "Smith said" readings ({@link SubjectCredits}) need next to it.
 */
final class AppositiveCredits {
    /**
     * What opens a role set apart from the name after it: "the head of the UN taskforce, Jan Egeland,"
     * and "his mom, Filomena Lima," (a relative or an aide is named by whose they are); "one of the searchers,
     * Karen Boucher," and "another witness, ..." single one person out of several.
     */
    private static final String ROLE_DETERMINER = "(?:the|a|an|his|her|their|one|another)";
    /** "the lead researcher, William Copeland, a psychologist at Duke in Durham, N.C., said": the first name. */
    private static final Pattern AFTER_ROLE_NAME_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*" + ROLE_DETERMINER + "\\s[^\"“”,]{0,80},\\s*(?<name>" + NAME + "),\\s[^\"“”]{0,150}?,\\s*(?:has\\s+|had\\s+)?" + SPEECH + "\\b");
    private static final Pattern AFTER_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*" + ROLE_DETERMINER + "\\s[^\"“”]{0,150}?,\\s*(?<name>" + NAME + "),\\s*" + SPEECH + "\\b");
    /** "former Utah Gov. Mike Leavitt, a former advisor to Mr. Romney, told": a place or body, then a title's abbreviation, before the name. */
    private static final Pattern AFTER_NAME_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,4}(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}" + TITLE_ABBREVIATION + "\\s+)?(?<name>" + NAME + "),\\s[^\"“”]{0,150}?,\\s*(?:has\\s+|had\\s+)?" + SPEECH + "\\b");
    /**
     * "Ian Freer, the reviews editor at the film magazine Empire, said:", "Kassie Siegel of the Center
     * for Biological Diversity, who has led ..., said that": the name before the appositive, not "Empire".
     */
    private static final StartPattern BEFORE_APPOSITIVE = StartPattern.of(
            "(?<name>\\b" + NAME + ")" + AFFILIATION + "(?:,[^,\"“”]{1,80}){1,3},\\s+(?:has\\s+|had\\s+)?(?:\\p{Ll}+ly\\s+)?(?:" + SPEECH + "|" + CALLING + ")\\b[^\"“”]{0,60}$",
            StartPattern.UPPER_CASE);

    private AppositiveCredits() {
    }

    /** The name of an appositive credit opening the words after the quote, the role first or a role and a name; null when none. */
    static String roleFirstAfter(String tail) {
        Matcher m = AFTER_ROLE_NAME_APPOSITIVE.matcher(tail);
        if (m.find()) return m.group("name");
        m = AFTER_APPOSITIVE.matcher(tail);
        return m.find() ? m.group("name") : null;
    }

    /** The name before an appositive and the verb, after the quote ("Smith, who led the study, said"); null when none. */
    static String nameFirstAfter(String tail) {
        Matcher m = AFTER_NAME_APPOSITIVE.matcher(tail);
        return m.find() ? m.group("name") : null;
    }

    /** The first name before an appositive and a speech verb that is a person ("Already, Rep. Jason Chaffetz, ..., has asked"). */
    static String before(String head, Map<String, String> longest, Pronouns refs) {
        Matcher m = BEFORE_APPOSITIVE.matcher(head);
        int from = 0;
        while (from < head.length() && BEFORE_APPOSITIVE.find(m, head, from, head.length())) {
            // "... the chair of the Calvin Coolidge Foundation, where ..., told me", "In an interview with CNN's Dana Bash,
            // Sanders, ..., said": a body or a person the sentence only mentions, not its subject
            if (OBJECT_BEFORE.find(head.substring(Math.max(0, m.start() - 30), m.start()))) {
                from = m.end("name");
                continue;
            }
            String p = person(m.group("name"), longest, refs);
            if (p != null) return p;
            from = m.start() + 1;
        }
        return null;
    }
}

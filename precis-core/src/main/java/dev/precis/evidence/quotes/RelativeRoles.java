package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * An unnamed speaker the writer tells apart by a relative clause after the verb: "“...,” said the man who spoke on condition of
 * anonymity for fear of reprisal", "said the colleague who spoke to Oppenheim after the story ran". "Said the minister" alone
 * is someone named before ({@link Descriptions}); the clause says this is someone the text does not name, so the speaker is the
 * role with its clause, up to the words that tell when, why or where it was said.
 */
final class RelativeRoles {
    /** The verb, "the", up to two words and the role noun, "who", then the clause's words. */
    private static final Pattern AFTER_VERB = Pattern.compile("^\\s*[,.]?\\s*(?<verb>" + SPEECH + ")\\s+(?<role>the\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}"
            + "\\p{Ll}[\\p{Ll}-]*)\\s+who\\s+(?<clause>[^\"“”,;.!?]{1,120})");
    /** Words that end the clause's part that tells who: when, why or where it was said. */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s+(?:after|when|while|before|because|for|as|since|during|until|but|and)\\b");
    private static final int MAX_CLAUSE_WORDS = 6;

    private RelativeRoles() {
    }

    /** "the man who spoke on condition of anonymity" from the words after a quote ({@code tail}); null when no such form. */
    static String after(String tail) {
        Matcher m = AFTER_VERB.matcher(tail);
        if (!m.find() || Speakers.TO_LISTENER.contains(m.group("verb"))) return null;
        String clause = m.group("clause");
        Matcher end = CLAUSE_END.matcher(clause);
        if (end.find()) clause = clause.substring(0, end.start());
        String[] words = Spaces.split(clause.strip());
        if (words.length == 0 || words[0].isEmpty() || words.length > MAX_CLAUSE_WORDS) return null;
        // the clause's last word must close a description, not run on into the writer's sentence ("who was", "who said that")
        if (Lexicon.FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return null;
        return m.group("role") + " who " + String.join(" ", words);
    }
}

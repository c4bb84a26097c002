package dev.precis.evidence.quotes;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Sentences.sentenceStart;

/**
 * "the statement said", "The statement continued:": a statement speaks for whoever issued it, and the text has just
 * said who ("Ann Lee’s campaign issued an apology ..., saying in a statement that", "In a later statement, Greenpeace
 * said", "according to a statement provided to the paper by a spokesman for the band"). The document is then its
 * issuer's voice, as a letter is its signer's.
 */
final class StatementOwners {
    /** A capitalised word or letters with dots ("U.S."); a sentence's closing period is no part of it. */
    private static final String WORD = "\\p{Lu}(?:\\.(?:\\p{Lu}\\.)*|[\\p{L}-]*)";
    /** A body or person as the text names it, maybe with what of theirs issues it: "Greenpeace", "Ann Lee’s campaign". */
    private static final String OWNER = "(?<owner>" + WORD + "(?:[ \\t]+(?:of[ \\t]+|for[ \\t]+|the[ \\t]+)?" + WORD + "){0,4}(?:['’]s[ \\t]+\\p{Ll}+)?)";
    /** The forms that name a statement's issuer, each with its group "owner". */
    private static final List<Pattern> ISSUED = List.of(
            Pattern.compile("\\b[Ii]n\\s+an?\\s+(?:\\p{Ll}+\\s+)?statement,\\s+" + OWNER + "\\s+(?:said|says|added)\\b"),
            Pattern.compile(OWNER + "\\s+(?:issued|released)\\b[^.!?\"“”]{0,160}?\\bstatement\\b"),
            // "a statement provided to NPR by a publicist for the group": an unnamed role
            Pattern.compile("\\bstatement\\s+(?:\\p{Ll}+\\s+(?:to\\s+\\p{Lu}\\S*\\s+)?)?(?:from|by)\\s+(?<owner>(?:a|an)\\s+\\p{Ll}+(?:\\s+(?:for|of)\\s+the\\s+\\p{Ll}+)?)\\b"));
    /** "the statement", "The statement": the document a credit gives. */
    private static final Pattern STATEMENT = Pattern.compile("(?i)the\\s+statement");

    private StatementOwners() {
    }

    /**
     * The issuer of the statement {@code speaker} names, as the text before the quote at {@code quoteAt} of {@code t}
     * (from {@code fromParagraph}, the paragraph before) last names one; null when {@code speaker} is no statement or
     * no issuer is named.
     */
    static String owner(String speaker, String t, int quoteAt, int fromParagraph, Map<String, String> longest) {
        if (!STATEMENT.matcher(speaker).matches()) return null;
        int end = sentenceStart(t, quoteAt);
        String owner = null;
        int latest = -1;
        for (Pattern p : ISSUED) {
            Matcher m = p.matcher(t).region(Math.min(fromParagraph, end), end);
            while (m.find()) {
                if (m.start() <= latest) continue;
                latest = m.start();
                owner = m.group("owner");
            }
        }
        if (owner == null) return null;
        return Character.isUpperCase(owner.charAt(0)) && !owner.contains("'") && !owner.contains("’") ? canonical(owner, longest) : owner;
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Spaces;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.quotes.Speakers.namedPerson;

/**
 * The body whose words a quote gives when "according to" names it with an article or through what it issued:
 * "according to the USDA", "according to the U.S. Department of Agriculture Food Safety and Inspection Service",
 * "according to The Real School of Music", "according to a statement from US 7th Fleet", "according to a report
 * in The New York Times". The name must be capitalised throughout (function words inside it aside): "according to
 * the lawsuit" or "according to the statement" name a document, which the labels hold to be no speaker, and stay
 * unattributed. {@link #after} and {@link #before} read the plain forms ("according to Smith") as well.
 */
final class AccordingTo {
    /** A capitalised word or a number word of a name ("US 7th Fleet"), and the lower-case words that may join them. */
    private static final String WORD = "(?:" + CAP + "|\\d+(?:st|nd|rd|th)?)";
    private static final String BODY = WORD + "(?:\\s+(?:(?:of|for|and|on|the|&)\\s+)*" + WORD + "){0,11}";
    /** What a body issues, through which "according to" names it. */
    private static final String ISSUED = "(?:statement|report|release|news\\s+release|press\\s+release|post|notice|letter|filing|"
            + "announcement|advisory|memo|study|survey|analysis)";
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’](?:s\\b|\\s|$)");
    private static final Pattern WITH_ARTICLE = Pattern.compile("^(?:the|The)\\s+(?<name>" + BODY + ")$");
    private static final Pattern THROUGH_ISSUED = Pattern.compile(
            "^(?:a|an|the)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}" + ISSUED + "\\s+(?:from|by|in|of)\\s+(?:the\\s+)?(?<name>(?:The\\s+)?" + BODY + ")$");

    /**
     * ", according to the Justice Department." after the quote, and "According to the manual, “" before it; the
     * period after an initial ("according to the U.S. Department of Agriculture") ends nothing. After the quote the
     * writer's words may finish its sentence first: "Poland is “squandering the great gains” it has achieved since 1989,
     * according to Judy Dempsey".
     */
    private static final Pattern AFTER_ACCORDING_TO = Pattern.compile("^\\s*[,.]?\\s*(?:[^\"“”.!?]{1,80}?,\\s*)?according to\\s+(?<who>[^,\"“”;]{2,80}?)\\s*(?:[,;]|(?<!\\b\\p{Lu})\\.|$)");
    private static final Pattern BEFORE_ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s+(?<who>[^,\"“”;]{2,80}?)\\s*[,:]\\s*$");

    private AccordingTo() {
    }

    /** Whom "according to" right after the quote names (", according to the Justice Department."); null if none. */
    static String after(String tail, Map<String, String> longest, Pronouns refs) {
        return accordingTo(tail, AFTER_ACCORDING_TO, longest, refs);
    }

    /** Whom "according to" right before the quote names ("According to the manual, “"); null if none. */
    static String before(String head, Map<String, String> longest, Pronouns refs) {
        return accordingTo(head, BEFORE_ACCORDING_TO, longest, refs);
    }

    /** Whom "according to" names in {@code s} ({@code where} finds it): a person's or a body's name; null if none. */
    private static String accordingTo(String s, Pattern where, Map<String, String> longest, Pronouns refs) {
        Matcher m = where.matcher(s);
        if (!m.find()) return null;
        String who = m.group("who").strip();
        String body = AccordingTo.body(who); // "according to the USDA", "according to a statement from US 7th Fleet"
        if (body != null) return body;
        String[] words = Spaces.split(who);
        if (words.length > 8) return null;
        // "according to the lawsuit", "according to a report": a document, which the labels hold to be no speaker
        if (!Character.isUpperCase(who.charAt(0)) || words[0].equals("The")) return null;
        return namedPerson(who, longest, refs);
    }

    /**
     * The body that {@code who}, the words after "according to", names with an article or through what it
     * issued; null when {@code who} is no such form (a person's bare name is {@link #accordingTo}'s to read).
     */
    static String body(String who) {
        Matcher m = THROUGH_ISSUED.matcher(who);
        if (!m.matches()) m = WITH_ARTICLE.matcher(who);
        if (!m.matches()) return null;
        String name = m.group("name");
        // "the Justice Department's U.S. Attorneys' Manual", "a news release from the Orange County Sheriff’s Department":
        // a possessive makes the name a thing of someone's, or a part of a body; a bare initial is too little for a body
        return name.length() < 3 || POSSESSIVE.matcher(name).find() ? null : name;
    }
}

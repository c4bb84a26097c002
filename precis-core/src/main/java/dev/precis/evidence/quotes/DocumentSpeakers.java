package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * A document whose words a quote gives, named with the verbs a text is read by: "“...,” reads the letter", "“...,” the
 * recording begins", "“...,” says the company’s ad", "“...,” notes the description in the Google store", "“...,” the
 * report concludes". The labels hold such a document to be the speaker (a study, a listing, an advert that speaks), except
 * a document someone writes (a letter, a tweet, a message, a post): its words are its author's when the text before says
 * who sent it ("Grenadier Realty Corp. ... posted a letter on the elevator bank"), and nobody's this class can tell otherwise.
 */
final class DocumentSpeakers {
    /** Documents that speak as themselves when the text gives them no author. */
    private static final String SELF = "ad|advert|advertisement|listing|recording|description|report|study|survey|lawsuit|complaint|"
            + "filing|memo|memorandum|notice|document|website|petition|indictment|ruling|manual|brochure|transcript";
    /** Documents a person or a body writes: the words are the author's. */
    private static final String AUTHORED = "letter|tweet|message|post|e-?mail|note";
    private static final String NOUN = "(?<noun>" + SELF + "|" + AUTHORED + ")(?![\\p{L}'’-])";
    /** The verbs a document's words are read by, and the speech verbs a document takes. */
    private static final String VERB = "(?<verb>reads|read|begins|began|continues|continued|concludes|concluded|notes|noted|states|stated|says|said|"
            + "adds|added|explains|explained|warns|warned|claims|claimed|alleges|alleged|promises|promised|declares|declared)\\b";
    private static final String DOCUMENT = "(?<doc>(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?" + NOUN + ")";
    /** What may follow the document when it closes the attribution: the clause's end, where it is, or a relative clause. */
    private static final String CLOSING = "(?=\\s*(?:[.,;:!?]|$)|\\s+(?:in|on|at|from|of|to|which|that|published|posted|released)\\b)";
    /**
     * What may follow the verb after a document subject: the clause's end, or where and when ("the recording begins, in
     * Russian"); "“...” the document states that ..." opens a sentence of the writer's, whose words are not the quote's.
     */
    private static final String VERB_CLOSING = "(?=\\s*(?:[.,;:!?]|$)|\\s+(?:in|on|at|from|to|after|before|when|while)\\b)";
    /** "“...,” reads the letter, which ...": the verb, then the document. */
    private static final Pattern AFTER_VERB = Pattern.compile("^\\s*[,.]?\\s*" + VERB + "\\s+" + DOCUMENT + CLOSING, Pattern.CASE_INSENSITIVE);
    /**
     * "“...,” the recording begins, in Russian and English": the document, then the verb; maybe with an aside set off by
     * commas between them ("“...,” the listing, in Houston, Texas, continues", "the report, released on Monday, says").
     */
    private static final Pattern AFTER_SUBJECT = Pattern.compile("^\\s*[,.]?\\s*" + DOCUMENT + "(?:,[^,\"“”.!?]{1,40}(?:,[^,\"“”.!?]{1,30})?,)?\\s+"
            + VERB + VERB_CLOSING, Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORED_NOUN = Pattern.compile(AUTHORED, Pattern.CASE_INSENSITIVE);
    /** The verbs by which someone sends out what they wrote. */
    private static final String SENT = "(?:posted|sent|issued|released|wrote|published|tweeted|distributed|mailed|e-?mailed|handed\\s+out|put\\s+out)";

    private DocumentSpeakers() {
    }

    private static final Pattern WRITTEN = Pattern.compile("^" + DOCUMENT + "$");

    /**
     * A statement as {@link Speakers}' role form gives it ("the statement", "the team’s statement"): not this class's to
     * give (a statement's author is as often named), but, like a document, one of several voices a paragraph may hold.
     */
    private static final Pattern STATEMENT = Pattern.compile("^(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?statement$");

    /** Whether {@code speaker} is a document as this class gives it ("the report", "the company’s ad"), or a statement. */
    static boolean isDocument(String speaker) {
        return WRITTEN.matcher(speaker).matches() || STATEMENT.matcher(speaker).matches();
    }

    /**
     * The speaker of a quote whose words after it ({@code tail}) name a document; {@code text} from {@code from} to {@code to}
     * is the quote's paragraph and the one before it, up to the quote, where a written document's author is looked for
     * (cut out only then). Null when none.
     */
    static String after(String tail, String text, int from, int to, Map<String, String> longest) {
        Matcher m = AFTER_VERB.matcher(tail);
        if (!m.find()) {
            m = AFTER_SUBJECT.matcher(tail);
            if (!m.find()) return null;
        }
        String noun = m.group("noun");
        if (!AUTHORED_NOUN.matcher(noun).matches()) return Speakers.lowerFirst(m.group("doc"));
        return author(noun, text.substring(from, to), longest);
    }

    /** The name the text gives as sending out a {@code noun} ("X posted a letter"), the last such; null when none. */
    static String author(String noun, String before, Map<String, String> longest) {
        Matcher m = Pattern.compile("(?<owner>" + NAME + ")\\.?(?:,[^,\"“”]{1,80},)?\\s+(?:\\p{Ll}+ly\\s+)?" + SENT
                + "\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?" + Pattern.quote(noun) + "\\b").matcher(before);
        String found = null;
        while (m.find()) found = m.group("owner");
        if (found == null) return null;
        String name = canonical(found, longest);
        return name.isEmpty() || Names.isDebris(name) ? null : name;
    }
}

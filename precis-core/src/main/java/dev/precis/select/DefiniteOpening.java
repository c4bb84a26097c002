package dev.precis.select;

import dev.precis.lexicon.KeywordPattern;
import dev.precis.model.Sentence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence whose subject is a bare definite noun that points back ("The team found ...", "The
 * 41-year-old rhino ...", "The couple said ..."), whose opening cites a source only as "the report"
 * ("According to the report, ..."): it continues a story someone began before it, and reads well
 * only after a sentence that mentions that noun.
 */
public final class DefiniteOpening {
    /**
     * "The"/"These"/"Both" and up to two lower-case words before a noun that names something
     * introduced earlier, followed by its verb rather than by what defines it ("The bodies of two
     * climbers ..." stands alone).
     */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:The|These|Those|Both|The two|The three)\\s+(?:(?!(?:of|in|at|from|for|by|on|with|to|and|or)\\s)[a-z0-9][\\w’'-]*\\s+){0,2}"
                    + "(team|teams|researchers|scientists|study|studies|authors|report|findings|company|firm|group|"
                    + "suspect|suspects|victim|victims|couple|pair|man|woman|boy|girl|men|women|two|three|family|"
                    + "decision|ruling|move|plan|deal|incident|attack|shooting|case|judge|paper|survey|statement|"
                    + "discovery|device|aircraft|plane|band|singer|actor|actress|star|rhino|animal|dog|child|"
                    + "children|student|students|officer|officers|player|players|remains|bodies|site|documents|"
                    + "letter|book|film|show|product|app|program|programme|project|lawsuit|bill|measure|"
                    + "agency|organization|organisation|"
                    + "investigation|probe|trial|verdict|sentence|charges|video|photo|image|images|episode|"
                    + "game|match|race|event|festival)"
                    + "\\s+(?!(?:of|in|at|from|for|by|on|with|who|whose|which|that|behind|named|called|known|to|and|or)\\b)[a-z]");

    /**
     * A quotation or report attributed to a bare definite speaker ("..., the judge said.", "...,"
     * the authors wrote.", "said the couple.", not "said the suspect was held"): like a surname never introduced, "the judge" is
     * someone the reader is expected to have met. Only nouns for one person or one known group of
     * people count; "the company said" or "police said" usually follow their name or need none.
     */
    private static final String SPEAKER_NOUNS = "(judge|authors|researchers|scientists|team|couple|officer|suspect|victim|"
            + "singer|actor|actress|star|model|player|coach|man|woman|boy|girl|teen|teenager|"
            // A document as the speaker ("..., said the message."): which message is told before, as "the judge" is.
            + "message|statement|letter|memo|email|note)";
    /** "the model’s ring": the possessor is someone the reader is expected to have met. */
    private static final Pattern POSSESSOR = Pattern.compile("\\bthe\\s+(?:[a-z][\\w-]*\\s+)?" + SPEAKER_NOUNS + "['’]s\\s");
    private static final String SPEAKS = "(?:said|says|wrote|writes|added|adds|told|tells|noted|explained|concluded)";
    private static final KeywordPattern SPEAKER = KeywordPattern.of(
            "[,”\"]\\s*the\\s+(?:[a-z][\\w’'-]*\\s+)?" + SPEAKER_NOUNS + "\\s+" + SPEAKS + "\\b"
                    + "|\\b" + SPEAKS + "\\s+the\\s+" + SPEAKER_NOUNS + "(?=\\s*(?:[.,;!?”\"]|$))",
            "said", "says", "wrote", "writes", "add", "told", "tells", "noted", "explained", "concluded");

    /** A lower-case word that is no preposition, conjunction or relative word, which never belong in a subject's noun phrase here. */
    private static final String WORD = "(?!(?:of|in|at|from|for|by|on|with|to|and|or|who|whose|which|that|as|than)\\b)[a-z][\\w’'-]*";

    /**
     * Any other "The" and up to three lower-case words whose last, the noun, is followed by a comma or
     * by a verb ("The gushy profile, published ...", "The circuit needed ...", "The antecedent is ...").
     */
    private static final String VERB = "(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should"
            + "|did|does|also|now|then|says|said|found|shows|showed|needed|becomes|became|remains|seems|[a-z]{3,}ed)\\b";
    private static final Pattern SUBJECT = Pattern.compile("^The\\s+(?:" + WORD + "\\s+){0,2}?(" + WORD + ")(?=,\\s|\\s+" + VERB + ")");

    /**
     * A definite subject after a short opening clause that a conjunction opens ("When pressure is
     * applied, the ink becomes more conductive."): the same pointing back as {@link #SUBJECT}, one
     * clause later. A phrase such as "On Monday," or "According to the weather service," is no clause.
     */
    private static final Pattern SUBJECT_AFTER_OPENING = Pattern.compile("^(?:When|If|Once|As|After|Before|While|Because|Since|Although|Though|Until|Unless)\\s[^,\"“”]{3,60},\\s+the\\s+(?:" + WORD + "\\s+){0,2}?(" + WORD + ")(?=\\s+" + VERB + ")");

    /**
     * A definite subject whose news is that it "comes as" something else happens ("The rare step by
     * the panel comes a day before the vote.", "The move came amid protests."): the step was told
     * before, whatever words follow the noun.
     */
    private static final Pattern COMES_AS = Pattern.compile("^The\\s+(?:" + WORD + "\\s+){0,2}?(" + WORD + ")"
            + "(?:\\s+(?:by|of|from|for|in|on|at|with)\\s[^,.;]{0,60}?)?\\s+(?:comes|came)\\s+"
            + "(?:as|amid|after|just|days|a day|weeks|hours|less than|only|on the heels|in the wake)\\b");

    /**
     * A source named only by a definite noun in the opening phrase ("According to the report, ...",
     * "In the study, ...", "Introducing the clip, ..."): the reader is expected to know which report.
     */
    private static final Pattern SOURCE = Pattern.compile(
            "^(?:According to|In|[A-Z][a-z]+ing) the\\s+(?:[\\w’'-]+\\s+){0,2}?(report|study|research|paper|survey|findings|post|complaint|"
                    + "affidavit|filing|memo|statement|letter|lawsuit|documents|indictment|records|video|book|article|"
                    + "analysis|review|interview|ruling|decision|clip|footage|segment|speech|tweet),");

    private DefiniteOpening() {
    }

    /** The noun a sentence's definite subject names when it points back ("team"), or null; the sentence is taken to follow others in its article. */
    public static String noun(String sentence) {
        return noun(sentence, false);
    }

    /**
     * {@link #noun(String)} for a sentence of an article. An article's first sentence was written to
     * open a story ("The city council voted ..."), so there only the nouns that always point back
     * ("team", "study", "couple") count.
     */
    public static String noun(Sentence s) {
        return noun(s.text(), s.position() == 0);
    }

    private static String noun(String sentence, boolean lead) {
        String t = sentence.strip();
        if (t.isEmpty()) return null;
        String speaker = speaker(t);
        if (speaker != null) return speaker;
        char first = t.charAt(0);
        if (first == 'T' || first == 'B') {
            Matcher m = OPENER.matcher(t);
            if (m.find()) return m.group(1);
            m = COMES_AS.matcher(t);
            if (m.lookingAt()) return m.group(1);
            if (lead) return null;
            m = SUBJECT.matcher(t);
            return m.lookingAt() ? m.group(1) : null;
        }
        if (lead) return null;
        Matcher m = SOURCE.matcher(t);
        if (m.lookingAt()) return m.group(1);
        m = SUBJECT_AFTER_OPENING.matcher(t);
        return m.lookingAt() ? m.group(1) : null;
    }

    /** The noun of a bare definite speaker ({@link #SPEAKER}) or possessor ({@link #POSSESSOR}), or null. */
    static String speaker(String t) {
        if (SPEAKER.mayMatch(t)) {
            Matcher m = SPEAKER.pattern().matcher(t);
            if (m.find()) return m.group(1) != null ? m.group(1) : m.group(2);
        }
        if (t.indexOf("’s ") < 0 && t.indexOf("'s ") < 0) return null;
        Matcher m = POSSESSOR.matcher(t);
        return m.find() ? m.group(1) : null;
    }

    /** The word a mention of {@code noun} is found by, singular and plural alike ("victims" and "victim": "victim"). */
    static String stem(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }
}

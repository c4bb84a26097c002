package dev.precis.select;

import dev.precis.evidence.names.SpeechPatterns;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker given as "another" and a noun ("\"That went right through the door,\" another council
 * member said.", "said another resident"): "another" tells the reader that someone of that kind was
 * heard before, so the sentence reads well only after one that mentions the noun ("Council Member
 * John Elder ..."), like a definite subject ({@link DefiniteOpening}). Unlike a definite subject, the
 * sentence right before it in its article need not be the one: that one is often the quotation of the
 * first speaker's neighbour, not the first speaker.
 */
final class AnotherSpeaker {
    /** "another", one to three lower-case words, then a speech verb; or, after a comma or a quotation that opens the sentence, a speech verb, "another" and the words up to a stop. */
    private static final Pattern GAP = Pattern.compile("\\s+");
    private static final Pattern ANOTHER = Pattern.compile(
            "\\b[Aa]nother\\s+((?:[a-z][a-z-]*\\s+){0,2}[a-z][a-z-]*)\\s+" + SpeechPatterns.SPEECH + "\\b"
                    + "|(?:,|^)\\s*" + SpeechPatterns.SPEECH + "\\s+another\\s+((?:[a-z][a-z-]*\\s+){0,2}[a-z][a-z-]*)(?=\\s*(?:[,.;]|$))");

    private AnotherSpeaker() {
    }

    /** The noun (lower case, as written) of the sentence's "another" speaker outside its quotations, or null. */
    static String noun(String sentence) {
        if (!sentence.contains("nother ")) return null; // most sentences
        Matcher m = ANOTHER.matcher(QuoteMarks.outsideQuotes(sentence));
        if (!m.find()) return null;
        String words = m.group(1) != null ? m.group(1) : m.group(2);
        String[] w = GAP.split(words);
        return w[w.length - 1];
    }
}

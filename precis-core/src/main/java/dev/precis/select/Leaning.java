package dev.precis.select;

import dev.precis.lexicon.KeywordPattern;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sentences cannot be read without the one before them in their article: an opening
 * connective ("But", "And", "However", "Now"), a pronoun subject ("He", "They", "This is"), an
 * "also" that points back, a quotation whose speaker is only "he" or "she", or a quotation cut from
 * its attribution. Out of context such a sentence reads as if it belonged to whatever the summary
 * put before it, so selection takes it only right after the sentence it leans on.
 */
public final class Leaning {
    /** The sentence stands on its own. */
    public static final int ALONE = -1;
    /** The sentence leans on something no single earlier sentence gives; it is never taken. */
    public static final int NEVER = -2;

    private static final Set<String> CONNECTIVES = Set.of("but", "and", "so", "yet", "however", "now", "still",
            "instead", "except", "also", "then", "meanwhile", "nevertheless", "nonetheless", "otherwise", "plus",
            "or", "nor", "thus", "hence", "indeed", "besides", "actually", "again", "moreover", "furthermore",
            "likewise", "similarly", "further", "rather", "anyway", "after all", "even so", "as a result",
            "in the meantime", "that's when", "that's why", "not that", "in addition", "by then", "after that",
            "until then", "at the time", "on the other hand", "for now", "no,", "yes,");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "his", "her", "its", "their",
            "them", "him", "we", "our", "us", "i", "my", "me", "you", "your", "this", "that", "these", "those",
            "it's", "that's", "there's", "here's", "another", "such", "both", "neither", "either", "each");
    /** Words after "this"/"that" that make it a time phrase, not a pronoun ("This year, ..."). */
    private static final Set<String> TIME_NOUNS = Set.of("year", "week", "month", "morning", "afternoon",
            "evening", "night", "weekend", "summer", "spring", "fall", "autumn", "winter", "time", "season",
            "decade", "century", "day", "past", "new", "latest", "first", "second", "third", "kind", "story");
    private static final KeywordPattern PRONOUN_SPEAKER = KeywordPattern.of(
            "(?:[,”\"’]\\s*(?:he|she|they|i|we)\\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|continued|recalled|noted|insisted|argued)\\b)"
                    + "|(?:\\b(?:said|says|added|adds|wrote|writes|continued|explained)\\s+(?:he|she)\\b)",
            "said", "says", "add", "told", "tells", "wrote", "writes", "explained", "continued", "recalled", "noted", "insisted", "argued");
    private static final KeywordPattern ATTRIBUTION = KeywordPattern.of(
            "\\b(?:said|says|say|told|tells|wrote|writes|added|adds|according|asked|explained|stated|declared|"
                    + "announced|insisted|argued|noted|recalled|continued|claimed|tweeted|posted)\\b",
            "say", "said", "told", "tells", "wrote", "writes", "add", "according", "asked", "explained", "stated", "declared",
            "announced", "insisted", "argued", "noted", "recalled", "continued", "claimed", "tweeted", "posted");
    private static final Pattern ALSO_EARLY = Pattern.compile("^(?:\\S+\\s+){0,3}also\\b", Pattern.CASE_INSENSITIVE);

    private Leaning() {
    }

    /** For every sentence of the text: {@link #ALONE}, {@link #NEVER}, or the id of the sentence it leans on. */
    public static int[] of(ClusterText text) {
        int[] out = new int[text.size()];
        for (int i = 0; i < out.length; i++) out[i] = on(text, text.sentence(i));
        return out;
    }

    /** {@link #ALONE}, {@link #NEVER}, or the id of the sentence {@code s} leans on. */
    public static int on(ClusterText text, Sentence s) {
        Kind k = kind(s.text());
        if (k == Kind.ALONE && insideQuotation(text.articles().get(s.article()).text(), s.start())) k = Kind.PREVIOUS;
        if (k == Kind.ALONE) return ALONE;
        if (k == Kind.NEVER || s.position() == 0) return NEVER;
        List<Sentence> own = text.sentencesOf(s.article());
        int at = s.position() - 1;
        return at < own.size() && own.get(at).position() == at ? own.get(at).id() : NEVER;
    }

    /**
     * How far back in its article a leaning sentence may find its support: "He also said ..." reads
     * right after any of the few sentences before it, as long as nothing from another article comes
     * between them.
     */
    public static final int WINDOW = 6;

    /**
     * The chosen sentence a leaning sentence reads after: the nearest one among the {@link #WINDOW}
     * before it in its article, or -1 when none of them is chosen.
     */
    public static int support(ClusterText text, Sentence s, java.util.function.IntPredicate chosen) {
        List<Sentence> own = text.sentencesOf(s.article());
        for (int p = s.position() - 1; p >= 0 && p >= s.position() - WINDOW; p--) {
            if (p < own.size() && chosen.test(own.get(p).id())) return own.get(p).id();
        }
        return -1;
    }

    /**
     * True when the paragraph before {@code at} leaves a quotation open: the sentence is speech
     * whose speaker is named elsewhere.
     */
    public static boolean insideQuotation(String article, int at) {
        int from = article.lastIndexOf('\n', at - 1) + 1;
        int curly = 0, straight = 0;
        for (int i = from; i < at; i++) {
            char c = article.charAt(i);
            if (c == '“') curly++;
            else if (c == '”') curly--;
            else if (c == '"') straight++;
        }
        return curly > 0 || straight % 2 == 1;
    }

    /** How a sentence depends on its context, judged from its text alone. */
    public enum Kind { ALONE, PREVIOUS, NEVER }

    public static Kind kind(String sentence) {
        String t = sentence.strip();
        if (t.isEmpty()) return Kind.NEVER;
        char first = t.charAt(0);
        if (first == '…' || first == '-' || first == '–' || first == '—' || first == '.' || Character.isLowerCase(first)
                || t.endsWith("...") || t.endsWith("…")) {
            return Kind.NEVER; // the rest of a sentence, or one that breaks off
        }
        int quotes = quoteBalance(t);
        boolean opensQuote = isOpenQuote(first);
        boolean attributed = ATTRIBUTION.find(t);
        if (opensQuote && quotes > 0 && !attributed) return Kind.NEVER; // the speaker comes later
        if (quotes < 0) return Kind.PREVIOUS; // the tail of a quotation that began before
        if (opensQuote && !attributed) return Kind.PREVIOUS;
        if (PRONOUN_SPEAKER.find(t)) return Kind.PREVIOUS;
        if (opensQuote) return Kind.ALONE; // an attributed quotation: its pronouns are the speaker's
        String lower = (opensQuote ? t.substring(1) : t).toLowerCase(Locale.ROOT);
        String[] words = lower.split("[\\s,;:]+", 4);
        String w0 = words.length > 0 ? words[0] : "";
        String two = words.length > 1 ? w0 + " " + words[1] : w0;
        String three = words.length > 2 ? two + " " + words[2] : two;
        if (CONNECTIVES.contains(w0) || CONNECTIVES.contains(two) || CONNECTIVES.contains(three)
                || lower.startsWith("no,") || lower.startsWith("yes,")) {
            return Kind.PREVIOUS;
        }
        if (PRONOUNS.contains(w0)) {
            boolean demonstrative = w0.equals("this") || w0.equals("that") || w0.equals("these") || w0.equals("those");
            String next = words.length > 1 ? words[1] : "";
            if (!(demonstrative && (TIME_NOUNS.contains(next) || !next.isEmpty() && Character.isDigit(next.charAt(0))))) {
                return Kind.PREVIOUS;
            }
        }
        if (ALSO_EARLY.matcher(t).find()) return Kind.PREVIOUS;
        return Kind.ALONE;
    }

    private static boolean isOpenQuote(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '«';
    }

    /**
     * Positive when the sentence opens a quotation it does not close, negative when it closes one it
     * did not open, 0 otherwise (a quotation opened after an attribution counts as closed).
     */
    static int quoteBalance(String t) {
        int open = 0, straight = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“' || c == '«') open++;
            else if (c == '”' || c == '»') open--;
            else if (c == '"') straight++;
        }
        if (open < 0) return open;
        if (open > 0) return isOpenQuote(t.charAt(0)) ? open : 0;
        if (straight % 2 == 0) return 0;
        if (t.charAt(0) == '"') return 1;
        return t.lastIndexOf('"') >= t.length() - 3 ? -1 : 0;
    }
}

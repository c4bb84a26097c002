package dev.precis.select;

import dev.precis.lexicon.KeywordPattern;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Quotations;
import dev.precis.lexicon.Spaces;
import dev.precis.lexicon.StartPattern;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sentences cannot be read without the one before them in their article: an opening
 * connective ("But", "And", "However", "Now", "Adding to", "First," "Days later"), an early
 * "however," or "also", a pronoun subject ("He", "They", "This is"), also after a short opening
 * phrase ("In 2010, he ..."), first-person words outside a quotation with no one named as the
 * speaker, a quotation whose speaker is only "he" or "she", or a quotation cut from its
 * attribution, or one that leaves what it reports to the sentence before ({@link ContentElsewhere}). Out of context such a sentence reads as if it belonged to whatever the summary put
 * before it, so selection takes it only right after the sentence it leans on ({@link #window}).
 */
public final class Leaning {
    /** The sentence stands on its own. */
    public static final int ALONE = -1;
    /** The sentence leans on something no single earlier sentence gives; it is never taken. */
    public static final int NEVER = -2;

    private static final Set<String> CONNECTIVES = Lexicon.union(Lexicon.OPENING_CONJUNCTIONS, Set.of("however", "now", "still",
            "instead", "except", "also", "then", "meanwhile", "nevertheless", "nonetheless", "otherwise", "plus",
            "thus", "hence", "indeed", "besides", "actually", "again", "moreover", "furthermore",
            "likewise", "similarly", "further", "rather", "anyway", "after all", "even so", "as a result",
            "in the meantime", "that's when", "that's why", "not that", "in addition", "by then", "after that",
            "until then", "at the time", "on the other hand", "for now", "no,", "yes,", "adding to", "on top of that",
            "what's more", "in turn", "in fact", "of course", "in other words", "for example", "for instance",
            "that said", "even then", "in contrast", "by contrast", "to be sure", "at the same time", "in response",
            "as such", "other than that", "apart from that", "beyond that", "along with", "after this", "before that",
            "one such"));
    /** Openers that point back only when a comma follows them ("First, ..." but "First Lady ..."). */
    private static final Set<String> COMMA_CONNECTIVES = Set.of("first", "second", "third", "fourth", "finally",
            "lastly", "initially", "later", "afterwards", "afterward", "ironically", "ultimately", "eventually",
            "in the end", "at first", "at last");
    /** Third-person and first-person pronouns that, as the subject after a short opening phrase, point back. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "his", "her", "their",
            "our", "my");
    /** First-person words outside a quotation: the writer or a speaker named elsewhere is talking. */
    // The look-aheads of the first letters (here and in the two patterns below) change no match: they
    // turn most positions away before the alternatives and the look-behind are tried one by one.
    // A match starts at the text's start or on the mark before one of those letters (two chars for a mark
    // outside the BMP), so the regex is tried only there.
    private static final StartPattern FIRST_PERSON = StartPattern.of("(?:^|[^\\p{L}’'])(?=[IWwOoMmu])(?:(?=I)(?<!\\p{Lu}\\p{L}{0,20}\\s)I(?=\\s+[a-z])|I['’](?:m|ve|d|ll)|[Ww]e|[Oo]ur|[Mm]y|me|us)(?![\\p{L}’'])",
            (text, at) -> at == 0 || Character.isHighSurrogate(text.charAt(at))
                    || at + 1 < text.length() && "IWwOoMmu".indexOf(text.charAt(at + 1)) >= 0);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "his", "her", "its", "their",
            "them", "him", "we", "our", "us", "i", "my", "me", "you", "your", "this", "that", "these", "those",
            "it's", "that's", "there's", "here's", "another", "such", "both", "neither", "either", "each", "others",
            "you're", "you'll", "you've", "you'd", "similar");
    /** Words after "this"/"that" that make it a time phrase, not a pronoun ("This year, ..."). */
    private static final Set<String> TIME_NOUNS = Set.of("year", "week", "month", "morning", "afternoon",
            "evening", "night", "weekend", "summer", "spring", "fall", "autumn", "winter", "time", "season",
            "decade", "century", "day", "past", "new", "latest", "first", "second", "third", "kind", "story");
    private static final KeywordPattern PRONOUN_SPEAKER = KeywordPattern.of(
            "(?=[,”\"’sawce])(?:(?:[,”\"’]\\s*(?:he|she|they|i|we)\\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|continued|recalled|noted|insisted|argued)\\b)"
                    + "|(?:\\b(?:said|says|added|adds|wrote|writes|continued|explained)\\s+(?:he|she)\\b))",
            "said", "says", "add", "told", "tells", "wrote", "writes", "explained", "continued", "recalled", "noted", "insisted", "argued");
    private static final KeywordPattern ATTRIBUTION = KeywordPattern.of(
            "(?=[satwedinrcp])\\b(?:said|says|say|told|tells|wrote|writes|added|adds|according|asked|explained|stated|declared|"
                    + "announced|insisted|argued|noted|recalled|continued|claimed|tweeted|posted)\\b",
            "say", "said", "told", "tells", "wrote", "writes", "add", "according", "asked", "explained", "stated", "declared",
            "announced", "insisted", "argued", "noted", "recalled", "continued", "claimed", "tweeted", "posted");
    private static final Pattern ALSO_EARLY = Pattern.compile("^(?:\\S+\\s+){0,4}also\\b", Pattern.CASE_INSENSITIVE);
    /** "Days later", "Just two weeks later", "A day after that", "The next morning": a time counted from something before. */
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^(?:just |only |some |about )?(?:(?:a|an|one|two|three|four|five|six|several|a few|few|many|\\d+) )?"
            + "(?:minutes?|hours?|days?|weeks?|months?|years?|moments?) (?:later|after(?:ward)?s?|on)\\b"
            + "|^(?:the|that) (?:next|following) (?:day|morning|afternoon|evening|night|week|month|year)\\b");
    /**
     * An "it" that stands for nothing told before but for what follows ("It's always fun to be backstage",
     * "It is clear that ..."): a word or two of judgement, then "to" or "that". Not a participle before
     * "to" ("It is expected to reach the coast", the storm).
     */
    private static final Pattern EXPLETIVE_IT = Pattern.compile("^it(?:'s| is| was)\\s+(?:(?:always|never|not|so|very|really|too|also|still|just|more|less|most|quite|pretty|hardly|especially)\\s+)*"
            + "(?:[a-z]+(?<!ed)\\s+to|[a-z]+\\s+(?:that|whether|how|if))\\b");
    /** Word separators of an opening ("But, he said"), compiled once: String.split compiles its pattern on every call. */
    private static final Pattern OPENING_SEPARATORS = Pattern.compile("[\\s,;:]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]$");
    /** "..., however, ..." within the first words: the sentence answers one before it. */
    private static final Pattern HOWEVER_EARLY = Pattern.compile("^(?:[^,]{1,60}),\\s*(?:however|though|too|as well|in turn|instead|meanwhile|nevertheless|therefore)\\s*,", Pattern.CASE_INSENSITIVE);

    /** A concession that opens the sentence ("Although the rules make this unlikely."): it must have a main clause to stand. */
    private static final Pattern CONCESSION = Pattern.compile("^(?:Although|Though|Even though|Whereas|Even if)\\s");
    /**
     * A comma and then what opens a main clause: a determiner, a pronoun, a name or a number ("Although
     * it rained, the parade went on."). After a concession with none of these the sentence is only the
     * concession ("Although the new rules make this happy, stuffed-animal friendly scenario unlikely."),
     * the rest of a sentence before it.
     */
    private static final Pattern MAIN_CLAUSE = Pattern.compile(",\\s+(?:(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|there|"
            + "his|her|its|their|our|my|some|many|most|all|no|one|each|every|both|few|several)\\b|[\\p{Lu}\\d\"“])");

    /**
     * An object pronoun that ends a clause ("Shinozuka gets that a lot.", "Police arrested him."):
     * in a short sentence it is most of what the sentence is about, and it names something before.
     */
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("\\s(?:him|her|them|it|that|this)(?:\\s+(?:a lot|again|too|anymore|either|as well|all the time))?[.!]?[\"”’]?$");
    /** How many words a sentence may have for an object pronoun at its end to be what it leans on. */
    static final int SHORT = 8;

    /** A quotation that opens with a third-person pronoun: the speaker talks of someone named before. */
    private static final Pattern QUOTED_THIRD_PERSON = Pattern.compile("^[\"“‘«]\\s*(?:he|she|they|his|her|their|him|them)\\b", Pattern.CASE_INSENSITIVE);
    /** A connective after the last comma ("Game on, in other words.", "The vote was close, though."): it answers the sentence before. */
    private static final Pattern CONNECTIVE_LAST = Pattern.compile(",\\s*(?:in other words|though|however|too|instead|as well|after all|nevertheless|nonetheless|in turn|of course|anyway)[.!]?[\"”’]?$",
            Pattern.CASE_INSENSITIVE);

    private Leaning() {
    }

    /** {@link #ALONE}, {@link #NEVER}, or the id of the sentence {@code s} leans on. */
    public static int on(ClusterText text, Sentence s) {
        return on(text, s, new CasedArticles(text));
    }

    /** {@link #on(ClusterText, Sentence)} with the cluster's articles' casing read once for all its sentences. */
    static int on(ClusterText text, Sentence s, CasedArticles cased) {
        Kind k = kind(s.text());
        // A quotation left open runs on into a sentence the summary would not carry, unless the next
        // sentence only begins with its closing mark (tokenised text: 'is "futile.' then '" he said').
        if (k != Kind.NEVER && QuoteMarks.leavesQuoteOpen(s.text()) && !closedByNext(text, s)) return NEVER;
        if (k == Kind.ALONE && Quotations.openOnLine(text.articles().get(s.article()).text(), s.start())) k = Kind.PREVIOUS;
        // A he/she with no one named in the sentence: judged only where the article keeps its capitals,
        // since lower-cased text (val-truncated) hides the names the pronoun could stand for.
        if (k == Kind.ALONE && !QuoteMarks.isOpenQuote(s.text().strip().charAt(0)) && ReferenceBack.pronounWithoutPerson(s.text().strip())
                && cased.of(s.article())) k = Kind.PREVIOUS;
        if (k == Kind.ALONE) return ALONE;
        if (k == Kind.NEVER || s.position() == 0) return NEVER;
        List<Sentence> own = text.sentencesOf(s.article());
        int at = s.position() - 1;
        return at < own.size() && own.get(at).position() == at ? own.get(at).id() : NEVER;
    }

    /** How many sentences after its opening a quotation may run on and still be taken whole. */
    public static final int QUOTE_RUN = 2;

    /**
     * The sentence that closes the quotation {@code s} opens and leaves open, when {@code s} otherwise
     * stands alone and one of the next {@link #QUOTE_RUN} sentences of its article ends that quotation,
     * with none between them opening or closing another ('Smith said: "We will rebuild.' then 'It
     * will take years," he added.'): together they read as the whole quotation, so selection may take
     * them as one although none of them may stand alone. -1 otherwise.
     */
    public static int closedBy(ClusterText text, Sentence s) {
        String t = s.text();
        if (!QuoteMarks.leavesQuoteOpen(t) || closedByNext(text, s) || kind(t) != Kind.ALONE) return -1;
        if (Quotations.openOnLine(text.articles().get(s.article()).text(), s.start())) return -1;
        List<Sentence> own = text.sentencesOf(s.article());
        for (int next = s.position() + 1; next <= s.position() + QUOTE_RUN; next++) {
            if (next >= own.size() || own.get(next).position() != next) return -1;
            String n = own.get(next).text();
            if (n.strip().endsWith("?")) return -1;
            if (QuoteMarks.quoteBalance(n) < 0) return QuoteMarks.leavesQuoteOpen(n) ? -1 : own.get(next).id();
            if (QuoteMarks.hasQuoteMark(n)) return -1;
        }
        return -1;
    }

    /**
     * True when {@code s}, which leans {@code on} ({@link #on}), may open a group of summary sentences:
     * it stands alone, or it is a quotation's opening whose closing sentence ({@link #closedBy}) is
     * chosen too.
     */
    public static boolean heads(ClusterText text, Sentence s, int on, java.util.function.IntPredicate chosen) {
        if (on == ALONE) return true;
        if (on != NEVER) return false;
        int closer = closedBy(text, s);
        return closer >= 0 && chosen.test(closer);
    }

    /**
     * How far back in its article a sentence that leans only through an early "also" may find its
     * support: "He also said ..." reads right after any of the few sentences before it, as long as
     * nothing from another article comes between them.
     */
    public static final int WINDOW = 6;
    /**
     * How far back in its article {@code s} may find the sentence it reads after: {@link #WINDOW} for
     * a sentence that leans only through an early "also", and otherwise only the sentence right
     * before it (a connective, a quotation that goes on, a pronoun subject, "we"): a "he" three
     * sentences on may be somebody else.
     */
    public static int window(Sentence s) {
        String t = s.text().strip();
        String lower = apostrophes(t.toLowerCase(Locale.ROOT));
        int space = lower.indexOf(' ');
        String w0 = space < 0 ? lower : lower.substring(0, space);
        if (QuoteMarks.isOpenQuote(t.isEmpty() ? ' ' : t.charAt(0)) || QuoteMarks.quoteBalance(t) != 0) return 1;
        if (alsoEarly(t, lower) && !CONNECTIVES.contains(TRAILING_PUNCTUATION.matcher(w0).replaceAll("")) && !PRONOUNS.contains(w0)) return WINDOW;
        return 1;
    }

    // The two checks below turn away, with a plain string search, the many sentences the regex could
    // not match anyway, before it is tried at every offset.

    /** {@link #ALSO_EARLY} on {@code t}; {@code lower} is {@code t} lower-cased. */
    private static boolean alsoEarly(String t, String lower) {
        return lower.contains("also") && ALSO_EARLY.matcher(t).find();
    }

    /** {@link #CONNECTIVE_LAST} on {@code t}: only a sentence with a comma in its last 20 characters can match. */
    private static boolean connectiveLast(String t) {
        int comma = t.lastIndexOf(',');
        return comma >= 0 && comma >= t.length() - 20 && CONNECTIVE_LAST.matcher(t).region(comma, t.length()).lookingAt();
    }

    /** {@link #HOWEVER_EARLY} on {@code t}: it needs a first comma within the opening 60 characters. */
    private static boolean howeverEarly(String t) {
        int comma = t.indexOf(',');
        return comma >= 1 && comma <= 60 && HOWEVER_EARLY.matcher(t).find();
    }

    /**
     * The chosen sentence a leaning sentence reads after: the nearest one among the
     * {@link #window} before it in its article, or -1 when none of them is chosen.
     */
    public static int support(ClusterText text, Sentence s, java.util.function.IntPredicate chosen) {
        List<Sentence> own = text.sentencesOf(s.article());
        int window = window(s);
        for (int p = s.position() - 1; p >= 0 && p >= s.position() - window; p--) {
            if (p < own.size() && chosen.test(own.get(p).id())) return own.get(p).id();
        }
        return -1;
    }

    /**
     * The first three words of {@code lower} and the rest, as {@code OPENING_SEPARATORS.split(lower, 4)}
     * gives them; that split looks for every separator of the sentence, this stops at the third.
     */
    static String[] openingWords(String lower) {
        Matcher m = OPENING_SEPARATORS.matcher(lower);
        List<String> out = new ArrayList<>(4);
        int from = 0;
        while (out.size() < 3 && m.find()) {
            out.add(lower.substring(from, m.start()));
            from = m.end();
        }
        out.add(lower.substring(from));
        return out.toArray(String[]::new);
    }

    /**
     * {@code lower} with its typographic apostrophes made straight, so that the word lists, written with
     * "'", also read "It’s", "That’s when" and "You’re" as most news pages set them.
     */
    static String apostrophes(String lower) {
        return lower.indexOf('’') < 0 ? lower : lower.replace('’', '\'');
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
        int quotes = QuoteMarks.quoteBalance(t);
        boolean opensQuote = QuoteMarks.isOpenQuote(first);
        boolean attributed = ATTRIBUTION.find(t);
        if (opensQuote && quotes > 0 && !attributed) return Kind.NEVER; // the speaker comes later
        if (quotes < 0) return Kind.PREVIOUS; // the tail of a quotation that began before
        if (opensQuote && !attributed) return Kind.PREVIOUS;
        if (pronounSpeaker(t)) return Kind.PREVIOUS;
        if (opensQuote && QUOTED_THIRD_PERSON.matcher(t).lookingAt()) return Kind.PREVIOUS; // "He knew ...," said Sanders: who is he?
        if (ContentElsewhere.in(t)) return Kind.PREVIOUS;
        if (!opensQuote && ReferenceBack.theseEarly(t)) return Kind.PREVIOUS;
        if (opensQuote) return Kind.ALONE; // an attributed quotation: its first-person pronouns are the speaker's
        String lower = apostrophes((opensQuote ? t.substring(1) : t).toLowerCase(Locale.ROOT));
        String[] words = openingWords(lower);
        String w0 = words.length > 0 ? words[0] : "";
        String two = words.length > 1 ? w0 + " " + words[1] : w0;
        String three = words.length > 2 ? two + " " + words[2] : two;
        if (CONNECTIVES.contains(w0) || CONNECTIVES.contains(two) || CONNECTIVES.contains(three)
                || lower.startsWith("no,") || lower.startsWith("yes,")) {
            return Kind.PREVIOUS;
        }
        if (CONCESSION.matcher(t).lookingAt() && !MAIN_CLAUSE.matcher(t).find()) return Kind.PREVIOUS;
        if (objectPronounEnds(t)) return Kind.PREVIOUS;
        if (PRONOUNS.contains(w0)) {
            boolean demonstrative = w0.equals("this") || w0.equals("that") || w0.equals("these") || w0.equals("those");
            String next = words.length > 1 ? words[1] : "";
            boolean expletive = (w0.equals("it") || w0.equals("it's")) && EXPLETIVE_IT.matcher(lower).lookingAt();
            if (!expletive && !(demonstrative && (TIME_NOUNS.contains(next) || !next.isEmpty() && Character.isDigit(next.charAt(0))))) {
                return Kind.PREVIOUS;
            }
        }
        // TIME_AFTER is anchored in each alternative, so matching at the start is all a search could do.
        if (alsoEarly(t, lower) || TIME_AFTER.matcher(t).lookingAt() || howeverEarly(t) || connectiveLast(t)) return Kind.PREVIOUS;
        for (String c : COMMA_CONNECTIVES) {
            if (lower.startsWith(c) && lower.length() > c.length() && lower.charAt(c.length()) == ',') return Kind.PREVIOUS;
        }
        if (pronounAfterOpening(t)) return Kind.PREVIOUS;
        if (!attributed && firstPerson(QuoteMarks.outsideQuotes(t))) return Kind.PREVIOUS;
        if (ReferenceBack.thisAlone(QuoteMarks.outsideQuotes(t))) return Kind.PREVIOUS; // "realized this, and ..."
        if (ReferenceBack.bothToldBefore(QuoteMarks.outsideQuotes(t))) return Kind.PREVIOUS; // "from both parties"
        if (ReferenceBack.objectOfFirstVerb(QuoteMarks.outsideQuotes(t))) return Kind.PREVIOUS; // "approved it after months"
        if (ReferenceBack.recordedScene(QuoteMarks.outsideQuotes(t))) return Kind.PREVIOUS; // "A council member is heard swearing"
        return Kind.ALONE;
    }

    /**
     * A short opening phrase, a comma, then a pronoun subject ("For an instant, they ...", "In 2010,
     * he ..."), with no name in the opening phrase that the pronoun could stand for.
     */
    static boolean pronounAfterOpening(String t) {
        int comma = t.indexOf(',');
        if (comma < 0 || comma > 60) return false;
        String head = t.substring(0, comma);
        String[] words = Spaces.split(head.trim());
        if (words.length > 6) return false;
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) return false;
        }
        String rest = t.substring(comma + 1).stripLeading();
        int end = 0;
        while (end < rest.length() && (Character.isLetter(rest.charAt(end)) || rest.charAt(end) == '\'' || rest.charAt(end) == '’')) end++;
        String w = rest.substring(0, end).toLowerCase(Locale.ROOT);
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
        if (apostrophe > 0) w = w.substring(0, apostrophe);
        return SUBJECT_PRONOUNS.contains(w);
    }

    /**
     * A speaker given only as "he"/"she" ({@link #PRONOUN_SPEAKER}), unless it is "said he" right after
     * a person's full name ("Tom Smith said he would resign", {@link NamedReporter}).
     */
    private static boolean pronounSpeaker(String t) {
        if (!PRONOUN_SPEAKER.mayMatch(t)) return false;
        Matcher m = PRONOUN_SPEAKER.pattern().matcher(t);
        while (m.find()) {
            // The second form opens on its verb ("said he"), the first on a mark (", he said").
            boolean verbFirst = Character.isLetter(t.charAt(m.start()));
            if (!(verbFirst && NamedReporter.before(t, m.start()))) return true;
        }
        return false;
    }

    /** A sentence of at most {@link #SHORT} words and no comma that ends on an object pronoun ({@link #OBJECT_PRONOUN}). */
    static boolean objectPronounEnds(String t) {
        // Eight words hardly fill 80 characters: longer sentences are turned away before any split.
        // A comma sets off a clause that may hold the pronoun's antecedent ("Although the plan was costly, Smith backed it.").
        return t.length() <= 80 && t.indexOf(',') < 0 && Spaces.split(t).length <= SHORT && OBJECT_PRONOUN.matcher(t).find();
    }

    /** {@link #FIRST_PERSON} in {@code t}; its {@code ^} is the text's start, not that of each offset tried. */
    private static boolean firstPerson(String t) {
        return FIRST_PERSON.find(FIRST_PERSON.matcher(t).useAnchoringBounds(false), t, 0, t.length());
    }

    /** Whether the next sentence of the article only begins with the closing mark of a quotation {@code s} left open. */
    private static boolean closedByNext(ClusterText text, Sentence s) {
        List<Sentence> own = text.sentencesOf(s.article());
        int next = s.position() + 1;
        if (next >= own.size() || own.get(next).position() != next) return false;
        String t = own.get(next).text();
        return t.startsWith("”") || t.length() > 1 && t.charAt(0) == '"' && Character.isWhitespace(t.charAt(1));
    }
}

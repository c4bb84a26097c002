package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Quotations;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH_WORDS;

/**
 * A paragraph about no one, between the paragraph naming a person and that person's "he said": a photo caption
 * ("This graph shows wind and solar power's share ... Credit: EIA"), an embedded post ("No, I'm not running for
 * Congress. Happy 4/1!"), or a general statement ("If someone is struggling, students will be shifted to another
 * part of the pool."). It brings in nobody a later "he"/"she" could stand for, so it carries the last person on, as
 * a paragraph saying "he"/"she" does ({@link Paragraphs}, {@link Discourse#startParagraph}, {@link Antecedents}).
 * About no one: no quote mark, no third-person pronoun or gendered noun ("he", "her", "the woman", "his father"), no
 * verb of speech (someone, maybe described, speaks: "the spokesman said"), no word the cluster knows as the last word
 * of a name, and no run of two capitalised words that may be a name the cluster does not know.
 */
final class Asides {
    private static final Pattern PERSONAL = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]ers|[Hh]imself|[Hh]erself|"
            + Genders.FEMALE_NOUNS + "|" + Genders.MALE_NOUNS + "|women|men|girls|boys)\\b");
    /** Two capitalised words in a row, each with a lower-case letter: "Jayson Nichols", "Royal Australian". */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern TWO_CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s+\\p{Lu}\\p{Ll}");

    /** How many paragraphs about no one a person is carried across. */
    private static final int MAX_ASIDES = 2;

    private Asides() {
    }

    /**
     * {@code refs} with a "he"/"she" that nothing else resolved given to {@code person}, the last person
     * {@link Discourse} tracked, named (or carried on by "he"/"she") in paragraph {@code named}, when only paragraphs
     * about no one stand between that paragraph and paragraph {@code lineNo}, and the pronoun's paragraph names no one else before it (at
     * article offset {@code at}); a gender the cluster states for the person must fit.
     */
    static Pronouns fill(Pronouns refs, Paragraphs paragraphs, int lineNo, int at, String person, int named,
                         Map<String, String> longest, Map<String, Character> genders) {
        if (person.isEmpty() || named < 0 || !refs.he().isEmpty() && !refs.she().isEmpty()) return refs;
        if (named >= lineNo - 1 || lineNo - named - 1 > MAX_ASIDES) return refs; // the next paragraph is read as it always was
        for (int k = named + 1; k < lineNo; k++) if (!paragraphs.aside(k)) return refs;
        // "On her podcast last week, Lena Dunham informed her audience ... “...,” she said": the pronoun's own paragraph
        // names someone the cluster's names do not give in full, who may be whom it stands for
        if (!noOneBefore(paragraphs, lineNo, at, person, longest)) return refs;
        char g = genders.getOrDefault(person, ' ');
        return new Pronouns(refs.he().isEmpty() && g != 'f' ? person : refs.he(), refs.she().isEmpty() && g != 'm' ? person : refs.she(), refs.last());
    }

    /** The test for the paragraphs of one article of a cluster whose longest names are {@code longest}. */
    static Predicate<String> of(Map<String, String> longest) {
        return line -> aboutNoOne(line, longest);
    }

    /**
     * Whether paragraph {@code lineNo} names no one but {@code person} before article offset {@code at}: no run of two
     * capitalised words, no surname of another of the cluster's names.
     */
    static boolean noOneBefore(Paragraphs paragraphs, int lineNo, int at, String person, Map<String, String> longest) {
        String line = paragraphs.line(lineNo);
        String head = line.substring(0, Math.max(0, Math.min(at - paragraphs.start(lineNo), line.length())));
        return !TWO_CAPITALISED.matcher(head).find() && !Referents.surnames(head, longest, (i, full) -> !full.isEmpty() && !full.equals(person));
    }

    static boolean aboutNoOne(String line, Map<String, String> longest) {
        if (line.isBlank() || Quotations.anyMark(line)) return false;
        if (PERSONAL.matcher(line).find() || TWO_CAPITALISED.matcher(line).find() || speaks(line)) return false;
        return !Referents.surnames(line, longest, (i, full) -> !full.isEmpty());
    }

    /** "In a statement, the spokesman said the berths were full.": someone, named or not, speaks in it. */
    private static boolean speaks(String line) {
        for (Matcher word = WORD.matcher(line); word.find(); ) if (SPEECH_WORDS.contains(word.group())) return true;
        return false;
    }
}

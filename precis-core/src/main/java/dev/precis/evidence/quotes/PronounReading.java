package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Referents.Mentioned;
import dev.precis.evidence.quotes.Speakers.Pronouns;

import java.util.List;
import java.util.Map;

import static dev.precis.evidence.quotes.Referents.pronouns;

/**
 * What "he"/"she" stand for at a quote, read from the state of {@link Quotes}' walk through one article: the persons
 * mentioned and quoted so far, the article's own pronoun credits, who its paragraphs are about. It holds the same
 * objects the walk changes, so each reading sees the article up to the quote.
 */
record PronounReading(String t, Paragraphs paragraphs, List<Mentioned> mentioned, Antecedents antecedents,
                      PronounCredits credits, Discourse discourse, Map<String, String> longest, Map<String, Character> genders) {

    /** The persons named before article offset {@code at} (in paragraph {@code lineNo}) "he"/"she" may stand for. */
    Pronouns named(int at, int lineNo, String fallback) {
        return antecedents.fill(pronouns(t, mentioned, at, lineNo, genders, fallback, discourse.lastPersonAt()), t, paragraphs, at, lineNo, genders);
    }

    /** What "he"/"she" stand for at the quote opening at article offset {@code quoteAt}, its sentence's words before it {@code head}. */
    Pronouns referents(int lineNo, int quoteAt, String head, String fallback) {
        // "Undaunted, he published an op-ed, accusing Mercer of “...”": "he" stands for someone named before it
        int pronoun = lastPronoun(head);
        int resolveAt = quoteAt - (pronoun < 0 ? 0 : head.length() - pronoun);
        // the surest reading first; each later one only fills a pronoun the ones before left to no one, except the
        // subject a sentence introduces just before a quote opening its own, who replaces them (the writer moved on);
        // the article's own credits filter the named persons before the weaker readings fill what it leaves open
        Pronouns refs = credits.filter(named(resolveAt, lineNo, fallback));
        refs = UnnamedReferents.fill(refs, t, paragraphs, resolveAt, lineNo, credits, longest, genders); // "The woman had ...": "she" is the woman
        if (head.isBlank()) refs = IntroducedSubjects.fill(refs, t, quoteAt, longest, genders); // "Another man, Dorian Johnson, said ... / “...,” he told"
        return Asides.fill(refs, paragraphs, lineNo, resolveAt, discourse.lastPerson(), discourse.lastPersonLine(), longest, genders); // named before a caption or a paragraph about no one
    }

    /** Offset in {@code head} of its last "he" or "she" standing as a word of its own; -1 if none. */
    private static int lastPronoun(String head) {
        for (int i = head.length() - 2; i >= 0; i--) {
            if (i > 0 && Character.isLetter(head.charAt(i - 1))) continue;
            int end = head.startsWith("he", i) || head.startsWith("He", i) ? i + 2
                    : head.startsWith("she", i) || head.startsWith("She", i) ? i + 3 : -1;
            if (end > 0 && (end == head.length() || !Character.isLetter(head.charAt(end)))) return i;
        }
        return -1;
    }
}

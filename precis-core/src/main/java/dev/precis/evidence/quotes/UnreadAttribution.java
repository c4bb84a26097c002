package dev.precis.evidence.quotes;

import dev.precis.lexicon.Capitals;
import dev.precis.lexicon.Quotations;
import dev.precis.lexicon.Spaces;

import java.util.Set;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH_WORDS;

/**
 * Whether a quote's own sentence attributes it in words none of the attribution forms read: such a quote is no
 * continuation of a speaker named before it (the paragraph's, or the quote's just before), since its sentence names
 * someone else, only in a form Precis cannot turn into a name ("“Man, you killed it,” someone yells out", "the couple
 * said, “", "one participant in the stunt on Reddit"). Giving it no speaker is better than giving it the last one.
 */
final class UnreadAttribution {
    /** "and added", "then said", "also told": a verb whose subject is the one of the verb before it, maybe the speaker's. */
    private static final Set<String> COORDINATING = Set.of("and", "or", "but", "then", "also", "later", "again", "once", "finally");

    private UnreadAttribution() {
    }

    /**
     * Whether the quote at {@code quoteStart}..{@code quoteEnd} of {@code line} has words of its own sentence after it
     * (a closing comma, "!" or "?" followed by a lower-case word: "“...,” the couple said", "“...?” asks a friend"), or a
     * speech verb in its sentence before it ({@code head}) later than {@code speakerEnd}, where the speaker going on was
     * named ("When Kagin told the couple ..., the couple said, “"), whose subject no other verb shares ("and added").
     */
    static boolean in(String line, int quoteStart, int quoteEnd, String head, String tail, int speakerEnd) {
        // the verb-before half on cased text only: in lower-cased text a verb's unread subject is as often a name ("but fanning claimed rosa “")
        return after(line, quoteEnd, head, tail) || Capitals.insideSentences(line) && before(head, quoteStart - head.length(), speakerEnd);
    }

    /**
     * The first half of {@link #in}: a quote opening its sentence ({@code head}, the words before it in its sentence,
     * holds no letter), whose sentence goes on after it in lower case with someone unnamed ("someone yells out", "one
     * participant in the stunt", "his father responded") or a speech verb ("said the couple"); not the writer's words
     * going on ("“...,” such as producing milk"), nor "he"/"she" (with a verb outside the speech list, mostly the speaker
     * going on: "she captioned a photo").
     */
    static boolean after(String line, int quoteEnd, String head, String tail) {
        if (quoteEnd < 2 || ",!?".indexOf(line.charAt(quoteEnd - 2)) < 0 || head.chars().anyMatch(Character::isLetter)) return false;
        String t = tail.stripLeading();
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) end++;
        String first = t.substring(0, end);
        return UNNAMED_OPENERS.contains(first) || SPEECH_WORDS.contains(first);
    }

    /** What opens an unnamed speaker: a determiner, a possessive, an indefinite pronoun. */
    private static final Set<String> UNNAMED_OPENERS = Set.of("a", "an", "the", "one", "another", "someone", "somebody",
            "his", "her", "their", "its", "our", "my", "some", "several", "many", "both", "each", "other", "two", "three");

    /** The second half of {@link #in}: {@code head} starts at {@code headStart} of the line. */
    private static boolean before(String head, int headStart, int speakerEnd) {
        int verb = -1, verbEnd = -1;
        for (int i = 0; i < head.length(); ) {
            if (!Character.isLetter(head.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < head.length() && Character.isLetter(head.charAt(j))) j++;
            if (SPEECH_WORDS.contains(head.substring(i, j))) {
                verb = i;
                verbEnd = j;
            }
            i = j;
        }
        if (verb < 0 || headStart + verb <= speakerEnd) return false;
        // "“That is false,” a spokesperson said, “and ...”": the words between two quotes of one sentence credit the first
        if (Quotations.anyMark(head)) return false;
        // the verb leads straight into the quote ("said, “", "told me: “"), as an attribution does
        String rest = head.substring(verbEnd).strip();
        if (Spaces.split(rest).length > 2) return false;
        int w = verb - 1;
        while (w >= 0 && head.charAt(w) == ' ') w--;
        int s = w;
        while (s >= 0 && Character.isLetter(head.charAt(s))) s--;
        String previous = head.substring(s + 1, w + 1);
        return !previous.isEmpty() && !COORDINATING.contains(previous) && !previous.endsWith("ly");
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Quotations;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.isPartyMember;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;
import static dev.precis.evidence.names.Sentences.sentenceStart;

/**
 * The speaker of a partial quote woven into the writer's sentence far from its subject: "Heller suggested in a
 * statement last week that the “chances ... are slim,”", "McHugh accused “the very highest levels of NBC” of ...",
 * "Reid tempered his praise and said he was “not pushing it ...”". The sentence's subject is the speaker when it
 * opens the sentence, names a person the cluster knows (one it gives a gender, or someone already quoted), and a verb of
 * saying follows it with no other capitalised word between them (not "Trump sent a tweet quoting host Stuart
 * Varney who said “...”": the words are Varney's). Tried only after every nearer attribution form found none.
 */
final class WovenQuotes {
    /**
     * Verbs that put someone's words into the writer's sentence, besides the speech verbs: the speech verbs'
     * alternatives and these, as one alternation ({@link WovenSubjects} adds its further forms to the same list).
     */
    static final String WRITERS_VERBS = SPEECH.substring(3, SPEECH.length() - 1)
            + "|suggested|suggests|accused|accuses|pledged|pledges|promised|promises|vowed|vows|"
            + "denied|denies|dismissed|posted|assured|assures|"
            + "criticized|criticised|slammed|blasted|maintained|maintains|contended|contends";
    private static final Pattern SAYING = Pattern.compile("\\b(?:" + WRITERS_VERBS + "|questioned)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}");
    /** Lower-case role words and a full name after a sentence's opening name: the opening name only qualifies the role. */
    private static final Pattern ROLE_AND_HOLDER = Pattern.compile("\\s+(?:\\p{Ll}+\\s+){1,4}\\p{Lu}[\\p{L}.-]*\\s+\\p{Lu}");
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:which|who|whose)\\b");
    /** What follows a subject that credits its own words: maybe an appositive set off by commas, then a speech verb. */
    private static final Pattern SUBJECT_SPOKE = Pattern.compile("(?:,[^\"“”]{1,120}?,)?\\s+(?:\\p{Ll}+ly\\s+)?(?:has\\s+|had\\s+)?" + SPEECH + "\\b");
    /** "... that, right now,": a short aside between "that" and the quote its clause runs into. */
    private static final Pattern THAT_ASIDE = Pattern.compile("\\bthat,\\s+[^,\"“”]{1,40},$");

    private WovenQuotes() {
    }

    /**
     * Whether the writer's words before a quote run on into it ("... said in a statement that the “"), rather than
     * introduce it ("Heller said: “", "Heller said, “"), whatever punctuation closes the quote.
     */
    static boolean woven(String sentence) {
        String s = sentence.stripTrailing();
        // "stating that, right now, “": an aside set off after "that" leaves the quote inside the that-clause
        return !s.isEmpty() && (Character.isLetter(s.charAt(s.length() - 1)) || THAT_ASIDE.matcher(s).find());
    }

    /**
     * The subject of {@code sentence}, the writer's words before a partial quote, when it speaks the quote; null
     * otherwise. {@code known} are the persons the cluster gives a gender and the speakers named so far.
     */
    static String speaker(String sentence, String text, int sentenceAt, Map<String, String> longest, Pronouns refs,
                          Set<String> persons, Set<String> speakersSeen) {
        String raw = OpeningSubjects.openingSubject(sentence);
        if (raw == null || raw.endsWith("'s") || raw.endsWith("’s")) return null;
        // "He praised the pope's message as “powerful”": whom "he" is, far from the quote, is a guess this rule makes only
        // when the sentence before opens on the person "he" resolves to ("Walker introduced his budget ... He promised to “")
        if (PRONOUNS.contains(raw.toLowerCase(Locale.ROOT)) && !continuesSubject(sentence, raw, text, sentenceAt, longest, refs, persons))
            return null;
        int subjectEnd = sentence.indexOf(raw) + raw.length();
        Matcher verb = SAYING.matcher(sentence);
        if (!verb.find(subjectEnd)) return null;
        // another capitalised word before the verb may be whom the words belong to ("quoting host Stuart Varney who said")
        String between = sentence.substring(subjectEnd, verb.start());
        int comma = between.indexOf(','), close = between.indexOf(',', comma + 1);
        // an appositive set off by commas after the subject ("Chaffetz, who said last week ..., told McCabe") is its own
        if (comma >= 0 && close > comma && between.substring(0, comma).isBlank()) between = between.substring(close + 1);
        if (CAPITALISED.matcher(between).find()) return null;
        String name = Speakers.namedPerson(raw, longest, refs);
        if (name == null) return null;
        // a person the cluster gives a gender or has heard speak, or the one "he"/"she" goes on about: not "Neighboring
        // Ukraine also criticized the law"
        if (!persons.contains(name) && !speakersSeen.contains(name) && !PRONOUNS.contains(raw.toLowerCase(Locale.ROOT))) return null;
        // "criticized the Polish law, which widened ... “...”": the words belong to what the relative clause is about
        if (RELATIVE.matcher(sentence.substring(verb.end())).find()) return null;
        return isOrganisation(name) || isPartyMember(name) ? null : name;
    }

    /**
     * Whether the pronoun {@code raw} opens {@code sentence} (no lead-in before it) and stands for the person who opens
     * the sentence before it in the text ({@code sentenceAt} is where {@code sentence} starts in {@code text}): the
     * writer goes on about the same subject. The referent is {@link Referents}' choice; this only checks that the
     * sentence before agrees with it, and that the referent is a person: one the cluster states the gender of, or a full
     * name ("Juliette Kayyem, a former DHS official, said ... ¶ She said such exercises ... so that authorities “"): the
     * sentence before opening on that very person is what makes the reading sure, not a gender cue.
     */
    private static boolean continuesSubject(String sentence, String raw, String text, int sentenceAt,
                                            Map<String, String> longest, Pronouns refs, Set<String> persons) {
        if (!sentence.stripLeading().startsWith(raw)) return false;
        String referent = Speakers.person(raw, longest, refs);
        // a person: one whose gender the cluster states, or a full name the sentence before opens on (checked below)
        if (referent == null || referent.isEmpty() || !persons.contains(referent) && !Antecedents.personName(referent)) return false;
        String previous = sentenceBefore(text, sentenceAt);
        String subject = previous == null ? null : OpeningSubjects.openingSubject(previous);
        if (subject == null || PRONOUNS.contains(subject.toLowerCase(Locale.ROOT))) return false;
        // "Claremont McKenna dean of students Mary Spellman stepped down": a body or place whose role and holder follow
        int after = previous.indexOf(subject) + subject.length();
        if (ROLE_AND_HOLDER.matcher(previous).region(after, previous.length()).lookingAt() || !referent.equals(canonical(subject, longest)))
            return false;
        // a person of no stated gender only where the sentence before opens on their own credit ("Juliette Kayyem, a
        // former DHS official, said ..."): not "Boris Lind spoke next." after "Ana Costa ... her budget" for a "She"
        return persons.contains(referent) || !afterQuote(text, sentenceAt, previous)
                && SUBJECT_SPOKE.matcher(previous).region(after, previous.length()).lookingAt();
    }

    /** Whether {@code previous}, the sentence before {@code sentenceAt}, opens on a quote or credits one ("“...,” Ana Costa said"). */
    private static boolean afterQuote(String text, int sentenceAt, String previous) {
        int start = text.lastIndexOf(previous, sentenceAt);
        String lead = text.substring(Math.max(0, start - 3), start) + previous.stripLeading().substring(0, Math.min(1, previous.strip().length()));
        return Quotations.anyMark(lead);
    }

    /** The sentence of {@code text} that ends before {@code sentenceAt}, where a sentence starts; null at the text's start. */
    static String sentenceBefore(String text, int sentenceAt) {
        int end = sentenceAt;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end == 0 ? null : text.substring(sentenceStart(text, end - 1), end);
    }
}

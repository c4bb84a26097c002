package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Quotations;

import java.util.Map;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.isPartyMember;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;
import static dev.precis.evidence.names.Sentences.sentenceStart;

/**
 * "Another man, Dorian Johnson, said he was there. / “...,” he told the station": a quote opening its sentence, credited
 * to "he"/"she" after it, goes on from the person the sentence before brings in as its subject, in full: the name opening
 * that sentence, or set off after its opening words ("Others, like the economist Ann Lee, were less kind."). The person
 * quoted before them is passed over: the writer has moved on to someone new. A sentence between that names no one and
 * holds a pronoun ("But he is sure of it.") goes on about that person; one naming someone else by surname, or holding a
 * quote, leaves the pronoun to the other readings.
 */
final class IntroducedSubjects {
    /**
     * What may stand before the subject in its sentence: opening words set off by a comma ("Others, ", "Another man, ",
     * "Her friend, "), "like", an article, role words.
     */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,3},\\s+)?(?:(?:like|including)\\s+)?(?:(?:the|a|an)\\s+)?(?:\\p{Ll}+\\s+){0,3}$");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");
    /** ", she said": a sentence credited to "he"/"she". */
    private static final Pattern PRONOUN_CREDIT = Pattern.compile(",\\s+(?:he|she)\\s+" + SPEECH + "\\b");

    private IntroducedSubjects() {
    }

    /**
     * {@code refs} with "he" and "she" given to the person the sentence before the quote at {@code quoteAt} of {@code t}
     * introduces as its subject (when their known gender allows); {@code refs} as they were when it introduces no one.
     */
    static Pronouns fill(Pronouns refs, String t, int quoteAt, Map<String, String> longest, Map<String, Character> genders) {
        int end = sentenceStart(t, quoteAt);
        for (int back = 0; back < 2 && end > 0; back++) {
            int start = sentenceStart(t, end - 1);
            String sentence = t.substring(start, end);
            if (Quotations.anyMark(sentence)) return refs;
            int[] at = {-1, -1};
            Referents.surnames(sentence, longest, (i, name) -> {
                int e = i;
                while (e < sentence.length() && (Character.isLetter(sentence.charAt(e)) || sentence.charAt(e) == '-')) e++;
                if (e + 1 < sentence.length() && "'’".indexOf(sentence.charAt(e)) >= 0 && sentence.charAt(e + 1) == 's') return false; // an owner
                String written = sentence.substring(PlaceMentions.runStart(sentence, i), e); // "Dorian Johnson", whoever else is a Johnson
                String person = written.indexOf(' ') > 0 ? canonical(written, longest) : name;
                if (!Antecedents.personName(person) || isOrganisation(person) || isPartyMember(person)) return false;
                at[0] = i;
                at[1] = e;
                return true;
            });
            if (at[0] >= 0) {
                int from = PlaceMentions.runStart(sentence, at[0]); // the name as written
                if (from == at[0] || !LEAD.matcher(sentence.substring(0, from)).matches()) return refs;
                String holder = PlaceRoleSubjects.holder(sentence, at[1]); // "Ohio native Ann Lee"
                String name = canonical(holder != null ? holder : sentence.substring(from, at[1]), longest);
                if (!Antecedents.personName(name)) return refs;
                char g = genders.getOrDefault(name, ' ');
                return refs.standingFor(name, g);
            }
            if (!PRONOUN.matcher(sentence).find()) return refs; // it goes on about no one
            // "Another woman, sitting ..., said she didn't know. / “...,” she said": the writer has moved on to someone
            // unnamed, whom the pronoun of that gender stands for, not the person named before (a description
            // {@link UnnamedReferents} gave it, "the woman", is that someone and stays); not when the sentence is itself
            // credited ("The woman had several friends there, she said."): it tells of her in the named speaker's words
            boolean woman = opensOnStranger(t, start, end, 'f'), man = opensOnStranger(t, start, end, 'm');
            if (PRONOUN_CREDIT.matcher(sentence).find()) return refs;
            if (woman || man) return new Pronouns(man && named(refs.he()) ? "" : refs.he(), woman && named(refs.she()) ? "" : refs.she(), refs.last());
            end = start;
        }
        return refs;
    }

    /** Whether the sentence {@code t[start, end)} opens on an unnamed person of gender {@code g}, its start read as a sentence's. */
    private static boolean opensOnStranger(String t, int start, int end, char g) {
        return Referents.strangerSince(t, start, end, g) || Referents.strangerSince(t, Math.max(0, start - 2), end, g);
    }

    /** Whether a pronoun's referent is a person's name, not a description ("the woman") or no one. */
    private static boolean named(String referent) {
        return !referent.isEmpty() && Character.isUpperCase(referent.charAt(0));
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;
import dev.precis.lexicon.Lexicon;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Sentences.sentenceStart;
import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * A speaker the writer describes instead of naming ("“This is not a joke,” the producer added", "The
 * 67-year-old added:", "The actress then asked"): news copy names a person, then speaks of them by a role
 * or an age. The description stands for the person named just before it, unless the text has set someone
 * unnamed up with that noun ("A neighbor said ... the neighbor added": the neighbour stays unnamed).
 */
final class Descriptions {
    private Descriptions() {
    }

    /** "the producer", "the best actor nominee", "the Nevada rancher", "the 67-year-old": "the", at most three words, the last a role. */
    private static final Pattern DESCRIPTION = Pattern.compile("^the\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}(?<noun>[\\p{Ll}\\d][\\p{Ll}\\d-]*)$");
    private static final Pattern AGE = Pattern.compile("(?<years>\\d{1,3})-year-old");
    private static final Set<String> FEMALE = Set.of("actress", "spokeswoman", "congresswoman", "chairwoman", "woman", "mother", "wife",
            "daughter", "sister", "grandmother", "businesswoman", "widow");
    private static final Set<String> MALE = Set.of("actor", "spokesman", "congressman", "chairman", "man", "father", "husband", "son",
            "brother", "grandfather", "businessman", "widower");
    /**
     * Roles that speak for someone else ("the spokesperson said" after "Noah Oppenheim", "the attorney said"
     * after "Trump"): the person named before is whom they speak for, not who speaks.
     */
    private static final Set<String> PROXIES = Set.of("spokesman", "spokeswoman", "spokesperson", "attorney", "lawyer", "aide",
            "adviser", "advisor", "agent", "official", "officials", "representative", "publicist", "source");
    /** Roles of one person that are no title before a name ({@link Lexicon#PERSON_TITLES}) but describe someone named before. */
    private static final Set<String> DESCRIBED = Set.of("producer", "presenter", "rancher", "winner", "nominee", "rapper", "filmmaker");
    /** How many sentences before the quote's own are read for the person described. */
    private static final int SENTENCES_BACK = 2; // three reached past a paragraph about someone unnamed ("a surgeon sought advice")

    /**
     * The full name of the person {@code speaker} describes at the quote starting at {@code quoteAt} of
     * article text {@code t}, whose paragraph before starts at {@code fromParagraph}; null when the
     * description names a role nobody was named with just before, or someone unnamed.
     */
    static String person(String speaker, String t, int quoteAt, int fromParagraph, Map<String, String> longest,
                         Map<String, Character> genders) {
        Matcher d = DESCRIPTION.matcher(speaker);
        if (!d.matches()) return null;
        String noun = d.group("noun");
        Matcher age = AGE.matcher(noun);
        boolean isAge = age.matches();
        if (PROXIES.contains(noun)
                || !isAge && !Lexicon.PERSON_TITLES.contains(noun) && !DESCRIBED.contains(noun) && !FEMALE.contains(noun) && !MALE.contains(noun)) return null;
        int sentence = sentenceStart(t, quoteAt);
        String before = t.substring(0, sentence);
        // the age the text gives one person ("Cliven Bundy, 67,", "67-year-old Cliven Bundy") is theirs
        if (isAge) {
            Set<String> aged = aged(age.group("years"), before, longest);
            return aged.size() == 1 ? aged.iterator().next() : null;
        }
        // the whole description: "the best actor nominee" is not "best supporting actor nominee Lucas Hedges"
        Set<String> withRole = Roles.peopleWithRole(speaker.substring(4), before, longest);
        if (withRole.size() > 1) return null;
        if (withRole.size() == 1) return withRole.iterator().next();
        if (introducedUnnamed(noun, t.substring(Math.max(0, Math.min(fromParagraph, sentence)), sentence))) return null;
        char gender = FEMALE.contains(noun) ? 'f' : MALE.contains(noun) ? 'm' : '?';
        int end = sentence;
        for (int k = 0; k < SENTENCES_BACK && end > Math.max(0, fromParagraph); k++) {
            int start = sentenceStart(t, Math.max(0, end - 1));
            String named = firstPerson(t.substring(start, end), longest);
            if (named != null) {
                char g = genders.getOrDefault(named, '?');
                return gender == '?' || g == '?' || g == gender ? named : null;
            }
            end = start;
        }
        return null;
    }

    /**
     * Whether {@code text} brings someone in by the noun and no name: "A neighbor said", "a stylist pulls off",
     * "one producer": an indefinite article ("the producer said" before a quote may be this very attribution).
     */
    private static boolean introducedUnnamed(String noun, String text) {
        return Pattern.compile("\\b(?i:a|an|one|another)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?" + Pattern.quote(noun) + "\\b").matcher(text).find();
    }

    /** The first person the sentence names by a full name of the cluster (its subject, as a rule); null if none. */
    private static String firstPerson(String sentence, Map<String, String> longest) {
        String[] found = {null};
        Referents.surnames(sentence, longest, (i, full) -> {
            if (full.indexOf(' ') > 0 && !isOrganisation(full) && !Names.isPartyMember(full) && !Names.isDebris(full)) {
                found[0] = full;
                return true;
            }
            return false;
        });
        return found[0];
    }

    /** The persons, by full name, the text gives the age {@code years}: "Cliven Bundy, 67," or "67-year-old Cliven Bundy". */
    private static Set<String> aged(String years, String text, Map<String, String> longest) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?<name>" + NAME + "),\\s+" + years + "\\b(?!-|\\s*(?:percent|%|years|people))"
                + "|\\b" + years + "-year-old\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?<name2>" + NAME + ")").matcher(text);
        while (m.find()) {
            String raw = m.group("name") != null ? m.group("name") : m.group("name2");
            String name = canonical(raw, longest);
            if (name.indexOf(' ') > 0 && !isOrganisation(name) && !Names.isDebris(name)) out.add(name);
        }
        return out;
    }
}

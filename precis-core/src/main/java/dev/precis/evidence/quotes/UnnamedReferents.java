package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Capitals;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The woman had several mutual friends with Weiner ..., she said. ... “...,” she said": a "he"/"she" that no named
 * person in reach stands for ({@link Referents}, {@link Antecedents} left it to no one), after a sentence that opens on
 * an unnamed person of that gender ("The woman", "A young man"), stands for that person, and the speaker is who the
 * writer says: "the woman". Not while the article has credited a named person through that pronoun: an unresolved
 * "she" may then as well be her ("A Shalimar woman has a warning ... Anne Ziegenhorn says ... She said, “", where
 * "the woman" is Anne). The sentence is looked for in this paragraph, the one before, and further back through
 * paragraphs that say "he"/"she" (the story told about her goes on: "..., she said. She also said ..."). Kin words
 * ("His mother said") are left alone: such a person is mostly named somewhere ({@link Descriptions}). Cased text only.
 */
final class UnnamedReferents {
    /** A sentence opening on an unnamed person of a gender, maybe with one adjective: "The young woman who ...". */
    private static final Pattern OPENING = Pattern.compile(
            "(?:^|[.!?][\"”]?\\s+)(?:The|A|An)\\s+(?:\\p{Ll}+\\s+)?(?:(?<f>woman|girl)|(?<m>man|boy))\\b");
    /** How many paragraphs back the sentence may stand. */
    private static final int MAX_CHAIN = 3;

    private UnnamedReferents() {
    }

    /** {@code refs} with a pronoun left to no one given to the unnamed person it stands for, where there is one. */
    static Pronouns fill(Pronouns refs, String t, Paragraphs paragraphs, int at, int line, PronounCredits credits,
                         Map<String, String> longest, Map<String, Character> genders) {
        if (!refs.he().isEmpty() && !refs.she().isEmpty()) return refs;
        int from = paragraphs.start(Math.max(0, line - 1));
        String he = refs.he().isEmpty() && !credits.creditedAny('m')
                ? unnamed(described(t, paragraphs, at, line, 'm'), t, at, from, longest, genders) : refs.he();
        String she = refs.she().isEmpty() && !credits.creditedAny('f')
                ? unnamed(described(t, paragraphs, at, line, 'f'), t, at, from, longest, genders) : refs.she();
        return he.equals(refs.he()) && she.equals(refs.she()) ? refs : new Pronouns(he, she, refs.last());
    }

    /**
     * {@code description}, unless the text before offset {@code at} gives the noun to a name ("Ann Gil, a young woman,",
     * or a headline's "Va. Woman Hears Noises Above") or {@link Descriptions} would take it for the person named just
     * before (a place, "In Port Alder, Reed spoke. The woman beside him waited."): {@link Quotes} would read "the woman"
     * as that name, and whether the unnamed person is that one is not known here.
     */
    private static String unnamed(String description, String t, int at, int from, Map<String, String> longest,
                                  Map<String, Character> genders) {
        if (description.isEmpty()) return "";
        return Roles.peopleWithRole(description.substring(4), t.substring(0, at), longest).isEmpty()
                && Descriptions.person(description, t, at, from, longest, genders) == null ? description : "";
    }

    /** "the woman" for the latest sentence in reach of offset {@code at} (paragraph {@code line}) opening on one of gender {@code g}; else "". */
    static String described(String t, Paragraphs paragraphs, int at, int line, char g) {
        int reach = Math.max(0, line - 1);
        while (reach > 0 && line - reach < MAX_CHAIN && paragraphs.saysHeOrShe(reach)) reach--;
        Matcher m = OPENING.matcher(t).region(paragraphs.start(reach), at);
        String noun = "";
        while (m.find()) {
            String f = m.group("f"), male = m.group("m");
            if (g == 'f' && f != null) noun = f;
            else if (g == 'm' && male != null) noun = male;
        }
        // lower-cased text: the persons named there ("christina engelhardt, now 59, had ...") are no candidates, so every "she" would be "the woman"
        return noun.isEmpty() || !Capitals.insideSentences(t) ? "" : "the " + noun;
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;
import dev.precis.lexicon.Lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;

/**
 * The speaker of one quote, from the words around it (attribution forms listed on {@link Quotes}):
 * after the quote (name, verb first, appositive, role), else before it in its sentence. Names go
 * through {@link Names#canonical}; "he"/"she" become whom {@link Referents} resolved them to. Each form has
 * its own reading ({@link AppositiveCredits}, {@link VerbFirstCredits}, {@link SubjectCredits}, {@link RoleCredits},
 * {@link AccordingTo}, {@link OpeningSubjects}); this class asks them in turn, the first that credits a speaker winning.
 */
public final class Speakers {
    /** "He has also said", "Smith has repeatedly said": the perfect with an adverb before the verb. */
    public static final String ADVERB = "(?:(?:also|already|previously|repeatedly|since|earlier|often|later|then|once|again|long|always)\\s+)?";
    /** "Lt. ", "Rep. ": a title's abbreviation, whose dot ends no sentence. */
    static final String TITLE_ABBREVIATION = "\\b(?:" + Lexicon.PERSON_TITLES.stream().filter(t -> t.endsWith("."))
            .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1, t.length() - 1)).sorted()
            .collect(Collectors.joining("|")) + ")\\.(?=\\s)";
    /** "Mike Winter of the Iowa State Patrol said": the body a named speaker belongs to is not the speaker. */
    static final String AFFILIATION = "(?:\\s+(?:of|from|with)\\s+(?:the\\s+)?" + NAME + ")?";
    /** Verbs that give someone's words without being speech verbs: "called it", "described it as", "states that". */
    static final String CALLING = "called|calling|described|describing|states(?=:|\\s+that\\b)";

    /** "told a Page Six reporter", "asked Ana Costa": after these verbs a name is whom the words were said to. */
    static final Set<String> TO_LISTENER = Set.of("told", "tells", "asked", "asks");

    private Speakers() {
    }

    /** Who "he" and who "she" would be at a quote, and the person named last before it ("" if none near). */
    record Pronouns(String he, String she, String last) {
        /** These, with "he" and "she" standing for {@code person}, less the one its gender {@code g} rules out ('m', 'f'; ' ' unknown). */
        Pronouns standingFor(String person, char g) {
            return new Pronouns(g == 'f' ? he : person, g == 'm' ? she : person, last);
        }
    }

    /** Speaker from the words before a quote, in its sentence ("Okafor described the sinking as"); null when none. */
    static String before(String head, Map<String, String> longest, Pronouns refs) {
        String p = AppositiveCredits.before(head, longest, refs);
        if (p != null) return p;
        String subject = SubjectCredits.before(head);
        return subject != null ? person(subject, longest, refs) : SubjectCredits.nounVerbBefore(head, longest, refs);
    }

    /** Speaker from the words after or before the quote; null when neither names one. */
    static String attribute(String tail, String head, Map<String, String> longest, Pronouns lastPerson) {
        String speaker = creditAfter(tail, head, longest, lastPerson);
        return speaker != null ? speaker : creditBefore(head, tail, longest, lastPerson);
    }

    /** The speaker {@link #attribute} finds in the words after the quote ({@code head} only guards a group's credit). */
    static String creditAfter(String tail, String head, Map<String, String> longest, Pronouns lastPerson) {
        String name = AppositiveCredits.roleFirstAfter(tail);
        if (name != null) return person(name, longest, lastPerson);
        name = VerbFirstCredits.after(tail);
        if (name != null) return person(name, longest, lastPerson);
        String inverted = namedPerson(InvertedCredits.name(tail), longest, lastPerson); // "..., ” countered Akira Portis."
        if (inverted != null) return inverted;
        String quoted = QuotedAs.speaker(tail, longest, lastPerson); // "Yonhap quoted a ministry official as saying": the official
        if (quoted != null) return quoted;
        String namedRole = NamedRoles.role(tail); // "predicted one Pelosi confidante": the confidante, not Pelosi
        if (namedRole != null) return namedRole;
        String adjectiveRole = AdjectiveRoles.verbFirst(tail); // "said a GOP operative whose ...": the operative, not "GOP"
        if (adjectiveRole != null) return adjectiveRole;
        name = namedPerson(VerbFirstCredits.afterRole(tail), longest, lastPerson);
        if (name != null) return name;
        name = namedPerson(RoleCredits.nameAfter(tail), longest, lastPerson);
        if (name != null) return name;
        boolean roleFirst = RoleCredits.opensAfter(tail) || AdjectiveRoles.opensAfter(tail); // ", the insider at Breitbart said": a role, not "Breitbart"
        name = roleFirst ? null : SubjectCredits.after(tail);
        if (name != null) {
            String p = person(name, longest, lastPerson);
            if (p != null) return p;
        }
        name = namedPerson(roleFirst ? null : SubjectCredits.nounVerbAfter(tail), longest, lastPerson);
        if (name != null) return name;
        name = AppositiveCredits.nameFirstAfter(tail);
        if (name != null) return person(name, longest, lastPerson);
        name = ToldCredits.speaker(tail); // "..., Herbst’s attorney, Charles Allen, told Army Times"
        if (name != null) return person(name, longest, lastPerson);
        name = namedPerson(VerbFirstCredits.afterClause(tail), longest, lastPerson);
        if (name != null) return name;
        String role = RoleCredits.after(tail);
        if (role != null) return role;
        role = RoleCredits.verbFirstAfter(tail);
        if (role != null) return role;
        String unnamed = GroupSpeakers.after(tail, head); // "police said"
        if (unnamed == null) unnamed = RelativeRoles.after(tail); // "said the man who spoke on condition of anonymity"
        if (unnamed != null) return unnamed;
        String source = AccordingTo.after(tail, longest, lastPerson);
        return source != null ? source : UnnamedSources.after(tail); // ", according to a Republican source."
    }

    /** The speaker {@link #attribute} finds in the words before the quote ({@code tail} only guards a group's credit). */
    static String creditBefore(String head, String tail, Map<String, String> longest, Pronouns lastPerson) {
        if (head.isBlank()) return null;
        String source = AccordingTo.before(head, longest, lastPerson);
        if (source != null) return source;
        String named = AppositiveCredits.before(head, longest, lastPerson);
        if (named != null) return named;
        String name = SubjectCredits.before(head);
        if (name != null) return person(name, longest, lastPerson);
        named = SubjectCredits.nounVerbBefore(head, longest, lastPerson);
        if (named != null) return named;
        name = namedPerson(VerbFirstCredits.before(head), longest, lastPerson);
        if (name != null) return name;
        String subject = namedPerson(OpeningSubjects.credited(head, longest), longest, lastPerson);
        if (subject != null) return subject;
        String role = RoleCredits.before(head);
        if (role != null) return role;
        String unnamed = UnnamedSpeakers.before(head); // "Another prospective juror stood up and said, “"
        return unnamed != null ? unnamed : GroupSpeakers.before(head, tail); // "Reign management said: “"
    }

    static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * {@link #person}, and null also where that is "" ("it", "they", a "he" that stands for no one): the person a credit
     * names, or none; null for a null {@code raw} (the credit's form found no name).
     */
    static String namedPerson(String raw, Map<String, String> longest, Pronouns refs) {
        String p = raw == null ? null : person(raw, longest, refs);
        return p == null || p.isEmpty() ? null : p;
    }

    /** A named or pronoun speaker resolved to a canonical name; "" for it/they; null if not a person. */
    static String person(String raw, Map<String, String> longest, Pronouns refs) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) return lower.equals("he") ? refs.he() : refs.she();
        if (NON_PERSONS.contains(lower)) return "";
        if (Lexicon.SENTENCE_OPENERS.contains(lower)) return null; // "Already, Rep. Jason Chaffetz ... has asked"
        String name = canonical(raw, longest);
        if (Names.isPartyMember(name)) return refs.last(); // "the Kentucky Republican said": whom the text just named
        return name.isEmpty() ? null : name;
    }

}

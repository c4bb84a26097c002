package dev.precis.evidence.quotes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * The subject opening a sentence, which speaks the quote when the words before it end in a participle of speech
 * (", saying:", "by saying") or a colon ("Colbert ticked off the traits:"): the verb of speech is then no finite
 * verb next to a name, and only the sentence's subject is left to credit.
 */
final class OpeningSubjects {
    /**
     * "Founders Fund operates under a strict code, boasting on its website that", "Flaherty prefaced
     * the announcement by saying", "..., saying onstage:": a participle of speech after a comma or "by"
     * speaks for the sentence's subject.
     */
    private static final String PARTICIPLES = "(?:saying|adding|noting|boasting|claiming|insisting|arguing|warning|explaining|declaring|stating)\\b[^\"“”.;:]{0,60}:?\\s*$";
    /**
     * A participle of speech after a comma or "by"; the participle and the rest of the head sit in a
     * lookahead, so that one run of one matcher sees every such place, "by" ones included.
     */
    private static final Pattern PARTICIPLE = Pattern.compile("(?:,|\\b(?<by>by))\\s+(?=" + PARTICIPLES + ")");
    /**
     * "According to the lawsuit, ", "On Thursday, ", "Instead, ": a short clause of time, place or
     * contrast before a sentence's subject (not "It is that the Post ...": a clause with a subject of
     * its own).
     */
    private static final String LEAD_IN = "(?:(?:According to|In|On|At|After|Before|During|Instead|Meanwhile|Later|Earlier|Now|Today)\\b[^,\"“”]{0,60},\\s*)?";
    /** The subject that opens a sentence, past a lead-in ("According to the lawsuit, Damon, 36, bit ...", "Instead, Colbert loves"). */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "^\\s*" + LEAD_IN + "(?!(?:The|A|An|This|That|These|Those|It|They|We|I|But|And|In|On|At)\\b)"
                    + "(?<name>" + NAME + ")(?:,[^,\"“”]{1,60},)?\\s+(?:has\\s+|had\\s+|was\\s+|is\\s+)?\\p{Ll}");

    private OpeningSubjects() {
    }

    /**
     * The subject, as written, that speaks a quote after a participle of speech, a colon or a second verb
     * ("He turns to Halle Berry and says, “"), when the clause before the quote reaches back to it; null otherwise.
     */
    static String credited(String head, Map<String, String> longest) {
        Participle participle = participle(head);
        String subject = participle == Participle.NONE ? null : openingSubject(head);
        // after "by saying" only a full name: a capitalised word opening the sentence is as often no
        // name at all ("Co-host joe scarborough opened the show by saying")
        if (subject != null && participle == Participle.BY && canonical(subject, longest).indexOf(' ') < 0
                && !isOrganisation(subject)) subject = null;
        if (subject == null) subject = colonSubject(head, longest);
        if (subject == null) subject = CoordinatedCredits.subject(head, longest); // "He turns to Halle Berry and says, “"
        if (subject != null && !ClauseReach.reaches(head, subject)) subject = null;
        return subject;
    }

    /** Whether the words before a quote end in a participle of speech, and whether one of them follows "by". */
    enum Participle { NONE, COMMA, BY }

    /** Which {@link Participle} ends {@code head}, from one pass over it: BY when any participle follows "by". */
    static Participle participle(String head) {
        Matcher m = PARTICIPLE.matcher(head);
        Participle found = Participle.NONE;
        while (m.find()) {
            if (m.group("by") != null) return Participle.BY;
            found = Participle.COMMA;
        }
        return found;
    }

    /** The subject opening a sentence of the writer's, as written ("He", "Emma Stone"); null when none opens it. */
    static String openingSubject(String sentence) {
        Matcher m = OPENING_SUBJECT.matcher(sentence);
        // "Mint spokesman Adam Stump issued ...": the person holding the role, not the body it belongs to
        return m.find() ? RoleHolders.subject(sentence, m.end("name"), m.group("name")) : null;
    }

    /** The person opening a sentence whose words before the quote end in a colon ("On Thursday, Colbert ticked off the traits:"); null otherwise. */
    static String colonSubject(String head, Map<String, String> longest) {
        if (!head.stripTrailing().endsWith(":")) return null;
        String raw = openingSubject(head);
        if (raw == null) return null;
        // only a person's full name: a capitalised word opening a sentence is as often no name at all
        String name = canonical(raw, longest);
        return name.indexOf(' ') > 0 && !isOrganisation(name) ? raw : null;
    }
}

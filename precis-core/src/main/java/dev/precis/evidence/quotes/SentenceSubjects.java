package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Quotations;
import dev.precis.lexicon.StartPattern;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Sentences.sentenceHead;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.quotes.Discourse.namesOnePerson;

/**
 * The persons the writer's sentences open on, read for {@link Discourse}: a name opening its sentence ("Ricci visited
 * the shelters.") or set off after a role that opens it ("His mother, Maria Feng, remembers"). {@link #last} reads the
 * stretches of text between quotes, in text order, for the person "he"/"she" falls to; {@link #before} reads the
 * sentence just before a quote that names nobody, for who may speak it. Split from {@link Discourse}, which keeps
 * what was read; this class keeps nothing across stretches but its matchers.
 */
final class SentenceSubjects {

    /**
     * A name opening a sentence before a lower-case verb: "Ricci visited the shelters.", also past a
     * short lead-in ("For his part, Anastasio sees ...") or an appositive that is no name ("Nancy Ruth, a
     * Conservative senator, has long advocated ...", "Michelle Troye, Frank’s daughter, knew ...") and right after a quote that closed the
     * sentence before ("“Okay!” Weiner had heard from us all.": the text between quotes starts with a space).
     */
    /**
     * What may stand between a subject and its verb: one or more appositives set off by commas, the first opening
     * lower case or on a possessive ("Lt. Gen. Thomas Bergeson, the Air Component Command, South Korea/U.S. Combined
     * Forces Command and 7th Air Force commander, explained"); a period after an initial ends no sentence there.
     */
    private static final String SUBJECT_APPOSITIVE = "(?:,\\s+(?:[\\p{Ll}\\d]|\\p{Lu}\\p{L}*['’]s\\s)"
            + "(?<appositive>(?:(?!(?<!\\b\\p{Lu})[.!?]\\s)[^\"“”]){0,160}?),)";
    private static final StartPattern SENTENCE_SUBJECT = StartPattern.of(
            "(?:^|[.!?]\\s+)(?:\\p{Lu}\\p{Ll}*(?<lead>(?:\\s+[\\p{Ll}\\d]+){0,3}),\\s+)?(?<name>" + NAME + ")(?:(?<=\\b(?:Jr|Sr))\\.)?"
                    + SUBJECT_APPOSITIVE + "?\\s+\\p{Ll}",
            (text, at) -> at == 0 || ".!?".indexOf(text.charAt(at)) >= 0);
    /**
     * A name set off after a role that opens the sentence, the sentence going on after it: "The group's leader,
     * Col. Riad al-Asaad, refused to comment", "His mother, Maria Feng, remembers", "Erin Stoffel's friend, Tari
     * Schroth, 36, described": that name is the subject.
     */
    /** "Erin Stoffel's friend, Tari Schroth, 36, described ...": whose the role is, by a name's possessive. */
    private static final String OWNER = "(?:\\p{Lu}\\p{L}*\\s+)?\\p{Lu}\\p{L}*['’]s";
    static final String ROLE_LED = "(?:The|His|Her|Their|Its|A|An|(?<owner>" + OWNER + "))\\s+[^,\"“”.!?]{1,60}?,\\s+(?<name>" + NAME + "),\\s+[\\p{Ll}\\d]";
    private static final Pattern ROLE_LED_OPENING = Pattern.compile("^\\s*" + ROLE_LED);
    private static final StartPattern ROLE_LED_SUBJECT = StartPattern.of("(?:^|[.!?]\\s+)" + ROLE_LED,
            (text, at) -> at == 0 || ".!?".indexOf(text.charAt(at)) >= 0);
    /** A sentence's end and the spaces after it, before the next one's words (compiled once, not at every replaceFirst). */
    private static final Pattern LEADING_STOP = Pattern.compile("^[.!?]?\\s*");
    private static final Pattern GENDERED_ROLE = Pattern.compile("\\b(?:" + Genders.FEMALE_NOUNS + "|" + Genders.MALE_NOUNS + ")\\b");

    /** A sentence's subject that names one person: its name and where the name stands in the stretch read. */
    record Subject(String name, int at) {
    }

    private final Map<String, String> longest;
    private final Set<String> persons;
    // one matcher of each pattern per article, reset for each stretch of text: a matcher of a pattern
    // with many groups costs more to make than a short stretch costs to search
    private final Matcher subj = SENTENCE_SUBJECT.matcher("").useAnchoringBounds(false); // "^": the start of the text only
    private final Matcher roleSubj = ROLE_LED_SUBJECT.matcher("").useAnchoringBounds(false);

    /**
     * @param longest the cluster's longest form of each name
     * @param persons the persons whose gender the cluster states (a kin word tells the gender of no one else)
     */
    SentenceSubjects(Map<String, String> longest, Set<String> persons) {
        this.longest = longest;
        this.persons = persons;
    }

    /**
     * The last of the sentences' subjects in {@code between} that is a known full name or a speaker named so far
     * ({@code speakersSeen}) and one person; null if none. Read in text order, a name opening its sentence or set off
     * after a role that opens it, whichever comes first.
     */
    Subject last(String between, Set<String> speakersSeen) {
        subj.reset(between);
        roleSubj.reset(between);
        int n = between.length();
        boolean opening = SENTENCE_SUBJECT.find(subj, between, 0, n), roleLed = ROLE_LED_SUBJECT.find(roleSubj, between, 0, n);
        Subject latest = null;
        while (opening || roleLed) {
            Matcher m = opening && (!roleLed || subj.start() <= roleSubj.start()) ? subj : roleSubj;
            String name = canonical(owner(m.group("name")), longest);
            String holder = m == subj ? PlaceRoleSubjects.holder(between, m.end("name")) : null; // "Pompano Beach resident Benjamin Miller had"
            if (holder != null) name = canonical(holder, longest);
            // a kin word after another person's possessive ("Prodigy's mother, Fatima Johnson,") states a gender: when the
            // cluster's cues leave that person's open, a later "he" must not fall to her
            boolean unsure = m == roleSubj && m.group("owner") != null && !persons.contains(name)
                    && GENDERED_ROLE.matcher(m.group()).find()
                    // past a long lead-in or appositive only the full name the cluster gives a person
                    || m == subj && widened(subj) && !Credits.isFullName(name, longest);
            if ((name.indexOf(' ') > 0 || speakersSeen.contains(name)) && namesOnePerson(name) && !unsure // a known full name or speaker
                    && !afterTitle(between, m.start()) && !appositiveOwner(m) && !DefiniteNames.thing(m.group("name"))) { // "The Rome Statute was"
                latest = new Subject(name, m.start("name"));
            }
            if (m == subj) opening = SENTENCE_SUBJECT.find(subj, between, subj.end(), n);
            else roleLed = ROLE_LED_SUBJECT.find(roleSubj, between, roleSubj.end(), n);
        }
        return latest;
    }

    /**
     * "Brown’s Plan B to save civilization would ...", "Mr. Obama's third requirement": the subject is what a
     * person owns, and that person, the name before the possessive, is the one the sentence is about.
     */
    static String owner(String name) {
        int at = Math.max(name.indexOf("'s"), name.indexOf("’s"));
        return at > 0 && (at + 2 == name.length() || name.charAt(at + 2) == ' ') ? name.substring(0, at) : name;
    }

    /**
     * "Campbell, Erin Stoffel's brother, said": a possessive after a word set off by a comma is an appositive
     * of that word, which is the subject (a name the cluster does not give in full, so not tracked).
     */
    private static boolean appositiveOwner(Matcher m) {
        String lead = LEADING_STOP.matcher(m.group().substring(0, m.start("name") - m.start())).replaceFirst("").strip();
        return !owner(m.group("name")).equals(m.group("name")) && lead.endsWith(",") && lead.indexOf(' ') < 0;
    }

    /** "And", "But", ...: the shared list capitalised, as it stands before a title that opens its sentence. */
    private static final Set<String> SENTENCE_CONJUNCTIONS = Set.copyOf(Lexicon.capitalised(Lexicon.OPENING_CONJUNCTIONS));

    /**
     * Whether the period at {@code at} closes a title's abbreviation inside a sentence ("Mr. Obama noted that
     * Mr. Zimmerman did not"), which ends no sentence; not when the title opens its sentence, maybe after a
     * conjunction ("And Mr. Obama's third requirement").
     */
    static boolean afterTitle(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '.') return false;
        int b = at;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        if (b == at || !Lexicon.PERSON_TITLES.contains(s.substring(b, at + 1).toLowerCase(Locale.ROOT))) return false;
        int start = b;
        while (start > 0 && ".!?\n\"“”".indexOf(s.charAt(start - 1)) < 0) start--;
        String before = s.substring(start, b).strip();
        return !(before.isEmpty() || SENTENCE_CONJUNCTIONS.contains(before));
    }

    /**
     * Whether a {@link #SENTENCE_SUBJECT} match reached its subject past more than its first form read: a lead-in
     * holding a number ("One day in 2007, Alison Jing Xu ..."), or an appositive holding commas or periods or longer
     * than 80 characters.
     */
    private static boolean widened(Matcher subject) {
        String lead = subject.group("lead"), appositive = subject.group("appositive");
        return lead != null && lead.chars().anyMatch(Character::isDigit)
                || appositive != null && (appositive.length() > 79 || appositive.chars().anyMatch(c -> ",.!?".indexOf(c) >= 0));
    }

    /**
     * "Stone stomps her feet and squeals out loud. “I am so happy.”": a quote that opens its sentence and
     * names nobody speaks for the person opening the writer's sentence just before it in the paragraph: a
     * person the cluster gives a gender, a speaker named before, or "he"/"she" ({@code refs}); null when that
     * sentence holds a quote or opens on no such person.
     */
    static String before(String line, int sentenceStart, Map<String, String> longest, Pronouns refs,
                         Set<String> persons, Set<String> speakersSeen) {
        if (sentenceStart < 2) return null;
        String previous = sentenceHead(line, sentenceStart - 1);
        if (Quotations.anyMark(previous)) return null;
        Matcher roleLed = ROLE_LED_OPENING.matcher(previous);
        // "His mother, Maria Feng, remembers that day.": the name set off after the role opening the sentence
        boolean led = roleLed.lookingAt();
        String raw = led ? roleLed.group("name") : OpeningSubjects.openingSubject(previous);
        // the subject opens the sentence itself: past a lead-in ("During Colbert's ...", "When La La Land ...") a
        // capitalised word is as often no person
        if (raw == null || !led && !previous.stripLeading().startsWith(raw) || raw.endsWith("'s") || raw.endsWith("’s")) return null;
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!PRONOUNS.contains(lower) && Lexicon.SENTENCE_OPENERS.contains(lower.split(" ", 2)[0])) return null; // "When La La Land ..."
        String name = !PRONOUNS.contains(lower) ? canonical(raw, longest) : lower.equals("he") ? refs.he() : refs.she();
        return (persons.contains(name) || speakersSeen.contains(name)) && namesOnePerson(name) ? name : null;
    }
}

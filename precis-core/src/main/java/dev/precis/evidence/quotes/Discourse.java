package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.StartPattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.isPartyMember;
import static dev.precis.evidence.names.Sentences.sentenceHead;
import static dev.precis.evidence.quotes.Speakers.TO_LISTENER;
import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PARTICLE;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_SUBJECT;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_WORDS;

/**
 * Who an article's paragraphs are about, read in text order for {@link Quotes}: the last person named as a
 * sentence's subject or a speaker ("he"/"she" fall to them), the speaker of the paragraph so far (a quote
 * with no attribution of its own continues them), the speakers of the quote and of the reported words just
 * before (a paragraph that is only a quote goes on from them), and every named speaker so far. One object
 * per article: {@link #startParagraph}, then {@link #read} each stretch of text between quotes and tell it
 * each quote's speaker ({@link #quoted}, {@link #carriedOn}, {@link #leftOpen}). A quote that names nobody
 * may speak for the subject of the sentence before it ({@link #subjectBefore}).
 */
final class Discourse {

    /** "says branding expert Tracey Riese": the named speaker after a speech verb, past a few lower-case words. */
    private static final Pattern VERB_THEN_NAME = Pattern.compile(
            "^\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?(?<name>" + CAP + "(?:[ \\t]+(?:(?:" + PARTICLE + ")[ \\t]+)?" + CAP + "){1,3})");
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
    private static final Pattern GENDERED_ROLE = Pattern.compile("\\b(?:" + Genders.FEMALE_NOUNS + "|" + Genders.MALE_NOUNS + ")\\b");

    /** "I’d say", "I'll tell you": a writer's contraction before a speech verb, not a name. */
    private static final Pattern CONTRACTION = Pattern.compile("\\p{Lu}['’]\\p{Ll}");

    private final Map<String, String> longest;
    private final Set<String> persons;
    private String lastPerson = "";
    private int lastPersonLine = -10, lastPersonAt = -1;
    private String quoteSpeaker = null;
    private int quoteLine = -10;
    private String reportedSpeaker = null; // the named subject of a speech verb in a paragraph without quotes
    private int reportedLine = -10;
    private final Set<String> speakersSeen = new HashSet<>(); // named speakers so far: "Trump contrasted ..." keeps Trump the subject
    private String lineSpeaker = "";
    private int lineSpeakerEnd = -1;
    // one matcher of each pattern per article, reset for each stretch of text: a matcher of a pattern
    // with many groups costs more to make than a short stretch costs to search
    private final Matcher subj = SENTENCE_SUBJECT.matcher("").useAnchoringBounds(false); // "^": the start of the text only
    private final Matcher roleSubj = ROLE_LED_SUBJECT.matcher("").useAnchoringBounds(false);
    private final Matcher inv = VERB_THEN_NAME.matcher("");
    private final Matcher sub = SPEECH_SUBJECT.matcher("");

    /**
     * @param longest the cluster's longest form of each name
     * @param persons the persons whose gender the cluster states (a kin word tells the gender of no one else)
     */
    Discourse(Map<String, String> longest, Set<String> persons) {
        this.longest = longest;
        this.persons = persons;
    }

    /** Opens paragraph {@code lineNo} of the article {@code t}: it has no speaker yet, and may carry the last person on. */
    void startParagraph(Paragraphs paragraphs, int lineNo, String t) {
        String line = paragraphs.line(lineNo);
        int lineStart = paragraphs.start(lineNo);
        // "he"/"she" refer to the last person named in this or the previous paragraph; a paragraph
        // that itself says "he"/"she" carries the reference on ("He blamed ...", then "... he said")
        if (lineNo - lastPersonLine <= 1 && (paragraphs.saysHeOrShe(lineNo) || Roles.namesAgain(line, lastPerson)
                || Roles.titleOf(line, lastPerson, t, lineStart, longest)
                || Roles.describedAgain(line, lastPerson, t, lineStart, longest))) lastPersonLine = lineNo;
        lineSpeaker = "";
        lineSpeakerEnd = -1;
    }

    /**
     * Reads {@code between}, a stretch of paragraph {@code lineNo} outside its quotes that starts at {@code cursor} in the
     * paragraph (the paragraph at {@code lineStart} in the article): the persons its sentences open on, and the
     * speech-verb subjects outside quotes, which keep "he"/"she" and continuations resolvable.
     */
    void read(String between, int lineNo, int lineStart, int cursor) {
        subj.reset(between);
        roleSubj.reset(between);
        inv.reset(between);
        sub.reset(between);
        // the sentences' subjects in text order: a name opening its sentence, or set off after a role that opens it
        int n = between.length();
        boolean opening = SENTENCE_SUBJECT.find(subj, between, 0, n), roleLed = ROLE_LED_SUBJECT.find(roleSubj, between, 0, n);
        int latestSubject = -1; // where the last of these subjects stands in this stretch
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
                lastPerson = name;
                lastPersonLine = lineNo;
                lastPersonAt = lineStart + cursor + m.start("name");
                latestSubject = m.start("name");
            }
            if (m == subj) opening = SENTENCE_SUBJECT.find(subj, between, subj.end(), n);
            else roleLed = ROLE_LED_SUBJECT.find(roleSubj, between, roleSubj.end(), n);
        }
        for (int verb : speechVerbs(between)) {
            int verbEnd = verb;
            while (verbEnd < between.length() && Character.isLetter(between.charAt(verbEnd))) verbEnd++;
            inv.region(verbEnd, Math.min(between.length(), verbEnd + 80));
            if (!TO_LISTENER.contains(between.substring(verb, verbEnd)) && inv.lookingAt()) {
                String name = canonical(inv.group("name"), longest);
                if (name.indexOf(' ') > 0 && namesOnePerson(name) && verb >= latestSubject) {
                    lastPerson = name;
                    lastPersonLine = lineNo;
                    lastPersonAt = lineStart + cursor + verb;
                }
            }
            if (!SPEECH_SUBJECT.find(sub, between, Math.max(0, verb - 120), verb)) continue;
            String name = canonical(sub.group("name"), longest);
            if (PlaceMentions.placeAt(between, sub.start("name"))) { // "the School of Public Health at Imperial explained"
                // "what Vikki Manko of Naperville, Illinois asks": the state after the town; the person is before them
                String resident = PlaceMentions.residentBefore(between.substring(Math.max(0, sub.start("name") - 80), sub.start("name")));
                if (resident == null) continue;
                name = canonical(resident, longest);
            }
            if (!name.isEmpty() && namesOnePerson(name) && !PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
                    && !NON_PERSONS.contains(name.toLowerCase(Locale.ROOT))) {
                // the verbs are read after the sentences' subjects: a speaker of an earlier sentence ("Dr. Kolb
                // says ...") does not take the place of a person a later sentence opens on ("Ann Gil is a patient.")
                if (sub.start("name") >= latestSubject) {
                    lastPerson = name;
                    lastPersonLine = lineNo;
                    lastPersonAt = lineStart + cursor + verb;
                }
                lineSpeaker = name;
                lineSpeakerEnd = cursor + verb;
            }
        }
    }

    /** A quote's speaker ("" for none) is chosen: the paragraph's speaker, and from here on the last person. */
    void quoted(String speaker, int lineNo, int lineStart, int quoteEnd) {
        if (!speaker.isEmpty()) {
            if (!UnnamedSpeakers.describes(speaker) && !isOrganisation(speaker)) {
                lastPerson = speaker;
                lastPersonLine = lineNo;
                lastPersonAt = lineStart + quoteEnd;
            }
            lineSpeaker = speaker;
            lineSpeakerEnd = quoteEnd;
            if (Character.isUpperCase(speaker.charAt(0))) speakersSeen.add(speaker);
        }
        if (speaker.isEmpty()) lineSpeakerEnd = -1; // a quote without a speaker breaks the chain of continuations
        quoteSpeaker = speaker.isEmpty() ? null : speaker;
        quoteLine = lineNo;
    }

    /** A quote too short to report, with its speaker: it carries its paragraph on, not the persons "he"/"she" may stand for. */
    void carriedOn(String speaker, int lineNo, int quoteEnd) {
        lineSpeaker = quoteSpeaker = speaker;
        lineSpeakerEnd = quoteEnd;
        quoteLine = lineNo;
    }

    /** Closes paragraph {@code lineNo}: one without quotes leaves its speech-verb subject as the words reported before the next. */
    void endParagraph(int lineNo, boolean withoutQuotes) {
        if (withoutQuotes && lineSpeakerEnd >= 0 && !CONTRACTION.matcher(lineSpeaker).lookingAt()) { // "Prof Owen said it was a landmark."
            reportedSpeaker = lineSpeaker;
            reportedLine = lineNo;
        }
    }

    /**
     * A quote left open at the end of paragraph {@code lineNo} goes on in the next one: spoken by {@code speaker} when its
     * sentence credits one (else null), or by the speaker going on when the paragraph opens on the quote ({@code opens}).
     */
    void leftOpen(String speaker, int lineNo, boolean opens) {
        if (speaker != null) {
            quoteSpeaker = speaker;
            quoteLine = lineNo;
        } else if (quoteSpeaker != null && quoteLine == lineNo - 1 && opens) {
            // a quotation running over several paragraphs leaves each but the last open: the speaker goes on
            quoteLine = lineNo;
        }
    }

    /** The last person, when named in paragraph {@code lineNo} or the one before (or carried on to it); else "". */
    String recentPerson(int lineNo) {
        return lineNo - lastPersonLine <= 1 ? lastPerson : "";
    }

    /** The last person named, however long ago ("" if none). */
    String lastPerson() {
        return lastPerson;
    }

    /** The paragraph that last named {@link #lastPerson}, or carried them on by saying "he"/"she". */
    int lastPersonLine() {
        return lastPersonLine;
    }

    /** Where in the article the last person was named. */
    int lastPersonAt() {
        return lastPersonAt;
    }

    /** The speaker of the paragraph so far ("" if none). */
    String lineSpeaker() {
        return lineSpeaker;
    }

    /** Where in the paragraph its speaker so far was named or quoted; -1 if none, or if a quote since named nobody. */
    int lineSpeakerEnd() {
        return lineSpeakerEnd;
    }

    /** The speaker of the quote in paragraph {@code lineNo - 1} (the last, or one left open); null if none. */
    String quoteSpeakerBefore(int lineNo) {
        return lineNo == quoteLine + 1 ? quoteSpeaker : null;
    }

    /** The speaker of the words reported in paragraph {@code lineNo - 1}, a paragraph without quotes; null if none. */
    String reportedBefore(int lineNo) {
        return lineNo == reportedLine + 1 ? reportedSpeaker : null;
    }

    /** The named speakers so far; read only. */
    Set<String> speakersSeen() {
        return speakersSeen;
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
        String lead = m.group().substring(0, m.start("name") - m.start()).replaceFirst("^[.!?]?\\s*", "").strip();
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

    /** First and last letters of the speech verbs: most words are turned away by them before a set lookup, which needs a copy of the word. */
    private static final String SPEECH_FIRST = StartPattern.initials(SPEECH_WORDS),
            SPEECH_LAST = StartPattern.initials(SPEECH_WORDS.stream().map(w -> new StringBuilder(w).reverse().toString()).toList());

    /** Offsets of the speech verbs ("said", "told") in {@code s}. */
    private static List<Integer> speechVerbs(String s) {
        List<Integer> out = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(s.charAt(j))) j++;
            if (j - i >= 3 && j - i <= 12 && SPEECH_FIRST.indexOf(s.charAt(i)) >= 0 && SPEECH_LAST.indexOf(s.charAt(j - 1)) >= 0
                    && SPEECH_WORDS.contains(s.substring(i, j))) out.add(i);
            i = j;
        }
        return out;
    }

    /**
     * Whether a name found near speech can be the person "he"/"she" stands for: not an organisation,
     * and not "the Kentucky Republican", which stands for someone named before.
     */
    static boolean namesOnePerson(String name) {
        return !isOrganisation(name) && !isPartyMember(name);
    }

    /**
     * "Stone stomps her feet and squeals out loud. “I am so happy.”": a quote that opens its sentence and
     * names nobody speaks for the person opening the writer's sentence just before it in the paragraph: a
     * person the cluster gives a gender, a speaker named before, or "he"/"she" ({@code refs}); null when that
     * sentence holds a quote or opens on no such person.
     */
    static String subjectBefore(String line, int sentenceStart, Map<String, String> longest, Pronouns refs,
                                Set<String> persons, Set<String> speakersSeen) {
        if (sentenceStart < 2) return null;
        String previous = sentenceHead(line, sentenceStart - 1);
        if (previous.indexOf('"') >= 0 || previous.indexOf('“') >= 0 || previous.indexOf('”') >= 0) return null;
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

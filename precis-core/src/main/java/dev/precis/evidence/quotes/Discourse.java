package dev.precis.evidence.quotes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.isPartyMember;

/**
 * Who an article's paragraphs are about, read in text order for {@link Quotes}: the last person named as a
 * sentence's subject or a speaker ("he"/"she" fall to them), the speaker of the paragraph so far (a quote
 * with no attribution of its own continues them), the speakers of the quote and of the reported words just
 * before (a paragraph that is only a quote goes on from them), and every named speaker so far. One object
 * per article: {@link #startParagraph}, then {@link #read} each stretch of text between quotes and tell it
 * each quote's speaker ({@link #quoted}, {@link #carriedOn}, {@link #leftOpen}). A quote that names nobody
 * may speak for the subject of the sentence before it ({@link SentenceSubjects#before}). This class keeps that state and
 * decides what each reading changes; the readings of the text are {@link SentenceSubjects} (the persons sentences
 * open on) and {@link ReportedSpeech} (the persons named at speech verbs).
 */
final class Discourse {

    /** "I’d say", "I'll tell you": a writer's contraction before a speech verb, not a name. */
    private static final Pattern CONTRACTION = Pattern.compile("\\p{Lu}['’]\\p{Ll}");

    private final Map<String, String> longest;
    private String lastPerson = "";
    private int lastPersonLine = -10, lastPersonAt = -1;
    private String quoteSpeaker = null;
    private int quoteLine = -10;
    private String reportedSpeaker = null; // the named subject of a speech verb in a paragraph without quotes
    private int reportedLine = -10;
    private final Set<String> speakersSeen = new HashSet<>(); // named speakers so far: "Trump contrasted ..." keeps Trump the subject
    private String lineSpeaker = "";
    private int lineSpeakerEnd = -1;
    // the readings of each stretch of text, one per article: they keep their matchers, Discourse what they read
    private final SentenceSubjects subjects;
    private final ReportedSpeech speech;

    /**
     * @param longest the cluster's longest form of each name
     * @param persons the persons whose gender the cluster states (a kin word tells the gender of no one else)
     */
    Discourse(Map<String, String> longest, Set<String> persons) {
        this.longest = longest;
        this.subjects = new SentenceSubjects(longest, persons);
        this.speech = new ReportedSpeech(longest);
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
        // the sentences' subjects in text order: a name opening its sentence, or set off after a role that opens it
        SentenceSubjects.Subject subject = subjects.last(between, speakersSeen);
        int latestSubject = -1; // where the last of these subjects stands in this stretch
        if (subject != null) {
            lastPerson = subject.name();
            lastPersonLine = lineNo;
            lastPersonAt = lineStart + cursor + subject.at();
            latestSubject = subject.at();
        }
        for (ReportedSpeech.Named named : speech.in(between)) {
            // the verbs are read after the sentences' subjects: a speaker of an earlier sentence ("Dr. Kolb
            // says ...") does not take the place of a person a later sentence opens on ("Ann Gil is a patient.")
            if (named.at() >= latestSubject) {
                lastPerson = named.name();
                lastPersonLine = lineNo;
                lastPersonAt = lineStart + cursor + named.verb();
            }
            if (named.subject()) {
                lineSpeaker = named.name();
                lineSpeakerEnd = cursor + named.verb();
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
     * Whether a name found near speech can be the person "he"/"she" stands for: not an organisation,
     * and not "the Kentucky Republican", which stands for someone named before.
     */
    static boolean namesOnePerson(String name) {
        return !isOrganisation(name) && !isPartyMember(name);
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;
import dev.precis.evidence.quotes.Speakers.Pronouns;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.precis.evidence.names.Sentences.afterClosedQuote;
import static dev.precis.evidence.quotes.Quotes.newSentence;
import static dev.precis.evidence.quotes.RoleCredits.clauseRole;
import static dev.precis.evidence.quotes.RoleCredits.roleWord;
import static dev.precis.evidence.quotes.Speakers.before;

/**
 * Who speaks one quote: the attribution forms of {@link SpeakerPath}, tried in their order on the quote's
 * surroundings, then the debris filter. {@link Quotes} walks the article and keeps the reading state (mentions,
 * antecedents, "he"/"she" credits, {@link Discourse}); this class only reads that state, so the order of the forms
 * can be read, and changed, in one place. One instance per article: the article's text and reading, which every
 * quote of it shares.
 */
final class Attribution {
    private final String text;
    private final Paragraphs paragraphs;
    private final Discourse discourse;
    private final Map<String, String> longest;
    private final Map<String, Character> genders;
    private final Set<String> persons;

    Attribution(String text, Paragraphs paragraphs, Discourse discourse, Map<String, String> longest,
                Map<String, Character> genders, Set<String> persons) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.discourse = discourse;
        this.longest = longest;
        this.genders = genders;
        this.persons = persons;
    }

    /**
     * One quote as {@link Quotes} found it: its paragraph ({@code line}, number {@code lineNo}, starting at
     * {@code lineStart} of the article), the paragraph's quote spans and this one's index {@code k} and span
     * {@code qs} (open, end, content start, content end), its words, the writer's words of its sentence before
     * it ({@code head}) and after it up to the next quote ({@code tail}), a speaker named inside a quote whose
     * closing mark is missing ({@code brokenSpeaker}, null if none), the person the paragraph is about
     * ({@code fallback}) and what "he"/"she" before it stand for ({@code refs}).
     */
    record QuoteContext(int lineNo, String line, int lineStart, List<int[]> quoteSpans, int k, int[] qs,
                        String content, String head, String tail, String brokenSpeaker, String fallback, Pronouns refs) {
    }

    /** The quote's speaker, "" when no form credits anyone; {@code choice} notes the form that chose it. */
    String speaker(QuoteContext quote, SpeakerPath.Choice choice) {
        // the names the forms below were written with, when they sat in Quotes.findIn
        String t = text;
        int lineNo = quote.lineNo(), lineStart = quote.lineStart(), k = quote.k();
        String line = quote.line(), content = quote.content(), head = quote.head(), tail = quote.tail();
        String brokenSpeaker = quote.brokenSpeaker(), fallback = quote.fallback();
        List<int[]> quoteSpans = quote.quoteSpans();
        int[] qs = quote.qs();
        Pronouns refs = quote.refs();
        char last = line.charAt(qs[3] - 1); // the quote's last character, before its closing mark of one or two characters
        boolean partial = last != ',' && ".!?…—-".indexOf(last) < 0
                && head.chars().anyMatch(Character::isLetter);
        String own = afterClosedQuote(head);
        String speaker = brokenSpeaker != null && !brokenSpeaker.isEmpty() ? choice.by(SpeakerPath.BROKEN_CLOSE, brokenSpeaker)
                : partial ? choice.by(SpeakerPath.WOVEN_BEFORE, before(own, longest, refs)) : null; // words woven into the writer's sentence
        if (speaker == null && k == 0) speaker = choice.by(SpeakerPath.CREDIT, Credits.speaker(line.substring(0, qs[0]), longest, refs));
        if (speaker == null) speaker = choice.by(SpeakerPath.UNNAMED_AFTER, UnnamedSpeakers.after(content, tail)); // "one juror told the judge"
        if (speaker == null) speaker = choice.by(SpeakerPath.UNNAMED_AFTER, OneOfGroup.speaker(tail, t.substring(paragraphs.start(lineNo), lineStart + qs[0]))); // "one said"
        if (speaker == null) speaker = choice.by(SpeakerPath.VERBLESS, VerblessCredits.after(line.substring(qs[2], qs[3]), tail, longest, refs)); // "“...” — Ada Brandt, on her win"
        String credited = NextSentences.credited(line, qs[1], own, tail, longest, refs); // "“...” Magerman insisted": the next sentence's subject
        if (speaker == null) speaker = choice.by(SpeakerPath.AFTER, Speakers.creditAfter(credited, own, longest, refs));
        if (speaker == null) speaker = choice.by(SpeakerPath.BEFORE, Speakers.creditBefore(own, credited, longest, refs)); // the same forms, on the words before it
        String[] voices = {discourse.lineSpeaker(), discourse.quoteSpeakerBefore(lineNo), discourse.reportedBefore(lineNo)}; // the voices heard before the quote, nearest first
        if (ItCredits.namesNoOne(speaker)) speaker = choice.by(SpeakerPath.IT_BODY, ItCredits.body(speaker, own, credited, t, genders, voices)); // "“...,” it said" after a body spoke
        if (speaker == null && !(own.isBlank() && newSentence(line, qs[1], tail))) speaker = choice.by(SpeakerPath.DOCUMENT, DocumentSpeakers.after(tail, t, paragraphs.start(Math.max(0, lineNo - 1)), lineStart + qs[0], longest)); // "“...,” reads the letter"
        if (speaker == null) speaker = choice.by(SpeakerPath.PARENTHETICAL, ParentheticalCredits.speaker(own, own.isBlank() && newSentence(line, qs[1], tail) ? "" : tail,
                t, lineStart + qs[0] - head.length(), longest, refs)); // "The goal, he said, amounts to the “"
        if (speaker == null) speaker = choice.by(SpeakerPath.JOINED_ROLES, JoinedRoles.person(tail, t, lineStart + qs[0], paragraphs.start(Math.max(0, lineNo - 1)), longest, genders)); // "the former speaker and party chair said"
        String role = speaker == null ? clauseRole(tail) : roleWord(speaker);
        if (role != null) { // "the minister added": the one person the article gave that role
            String before = t.substring(0, lineStart + qs[0]);
            Set<String> named = Roles.peopleWithRole(role, before, longest);
            if (named.size() == 1) speaker = choice.by(SpeakerPath.ROLE_HOLDER, named.iterator().next());
            // "the president said" after "President Obama", whose full name the cluster does not give: the person just named
            else if (named.isEmpty() && !fallback.isEmpty() && Roles.calledBy(role, fallback, before)) speaker = choice.by(SpeakerPath.ROLE_CALLED, fallback);
        }
        if (speaker != null && speaker.startsWith("the ")) { // "the producer added" after "Jordan Horowitz said"
            String described = Descriptions.person(AdjectiveRoles.withoutPlace(speaker), t, lineStart + qs[0], paragraphs.start(Math.max(0, lineNo - 1)), longest, genders);
            if (described != null) speaker = choice.by(SpeakerPath.DESCRIBED, described);
        }
        String fuller = speaker == null ? null : FullerDescriptions.of(speaker, t, lineStart + qs[0]);
        if (fuller != null) speaker = choice.by(SpeakerPath.DESCRIBED, fuller); // "the official said" after "A U.S. official said"
        String body = speaker == null ? null : BodyNames.of(speaker, t, lineStart + qs[0], lineStart, genders, voices);
        if (body != null) speaker = choice.by(SpeakerPath.DESCRIBED, body); // "the company said" after "Keurig said"
        int lineSpeakerEnd = discourse.lineSpeakerEnd();
        if (speaker == null && lineSpeakerEnd >= 0 && (head.isBlank() || lineSpeakerEnd > qs[0] - head.length())
                && !(UnnamedSpeakers.voiceOfSeveral(discourse.lineSpeaker()) && OwnAttribution.follows(content, tail))
                && !UnreadAttribution.in(line, qs[0], qs[1], head, tail, lineSpeakerEnd)) { // its sentence names someone else
            speaker = choice.by(SpeakerPath.LINE_SPEAKER, discourse.lineSpeaker()); // continuation in the same paragraph, or a second quote of one sentence
        }
        if (speaker == null && k == 0 && line.substring(0, qs[0]).isBlank() && !UnreadAttribution.after(line, qs[1], head, tail)) {
            speaker = choice.by(SpeakerPath.QUOTE_BEFORE, discourse.quoteSpeakerBefore(lineNo)); // a paragraph that is only a quote goes on from the quote just before it
        }
        if (speaker == null && discourse.reportedBefore(lineNo) != null && onlyQuotes(line, quoteSpans) && !UnreadAttribution.after(line, qs[1], head, tail)) {
            speaker = choice.by(SpeakerPath.REPORTED_BEFORE, discourse.reportedBefore(lineNo)); // ... or from the words reported just before it, when it names nobody itself
        }
        if (speaker == null && head.isBlank()) speaker = choice.by(SpeakerPath.SUBJECT_BEFORE, SentenceSubjects.before(line, qs[0] - head.length(), longest, refs, persons, discourse.speakersSeen()));
        if (speaker == null && WovenQuotes.woven(own))
            speaker = choice.by(SpeakerPath.WOVEN, WovenQuotes.speaker(own, t, lineStart + qs[0] - own.length(), longest, refs, persons, discourse.speakersSeen()));
        if (speaker == null && WovenQuotes.woven(own)) // the subject of the clause holding it: "Reid ... and said he was “"
            speaker = choice.by(SpeakerPath.WOVEN_SUBJECT, WovenSubjects.speaker(own, t.substring(0, lineStart + qs[0]), longest, refs, persons, discourse.speakersSeen()));
        if (speaker != null && (Names.isDebris(speaker) || CutSpeakers.isCut(speaker) || TitleFragments.isFragment(speaker))) speaker = null;
        if (speaker == null) speaker = "";
        return speaker;
    }

    /** Whether the paragraph holds nothing but its quotes: no letter of the writer's outside them. */
    private static boolean onlyQuotes(String line, List<int[]> quoteSpans) {
        int from = 0;
        for (int[] q : quoteSpans) {
            if (line.substring(from, q[0]).chars().anyMatch(Character::isLetter)) return false;
            from = q[1];
        }
        return line.substring(from).chars().noneMatch(Character::isLetter);
    }
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.StartPattern;

import dev.precis.evidence.quotes.QuoteGroups.Found;
import dev.precis.evidence.quotes.Referents.Mentioned;
import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.model.CleanArticle;
import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.quotes.Genders.genders;
import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.isPartyMember;
import static dev.precis.evidence.names.Names.longestNames;
import static dev.precis.evidence.quotes.QuoteGroups.group;
import static dev.precis.evidence.quotes.Referents.mentions;
import static dev.precis.evidence.quotes.Referents.pronouns;
import static dev.precis.evidence.names.Sentences.afterClosedQuote;
import static dev.precis.evidence.names.Sentences.sentenceHead;
import static dev.precis.evidence.quotes.Speakers.attribute;
import static dev.precis.evidence.quotes.Speakers.before;
import static dev.precis.evidence.quotes.Speakers.clauseRole;
import static dev.precis.evidence.quotes.Speakers.roleWord;
import static dev.precis.evidence.quotes.Speakers.TO_LISTENER;
import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PARTICLE;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_SUBJECT;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_WORDS;

/**
 * Direct quotations ("..." and “...”) of at least {@value #MIN_WORDS} words with their speaker.
 * Attribution forms, in the order tried:
 * <ul>
 *   <li>after the quote: {@code ," Kerry said} / {@code ," he said} / {@code ," U.N. mediator Staffan de Mistura told reporters}</li>
 *   <li>after the quote, verb first: {@code ," said Jan Egeland, the head of ...}</li>
 *   <li>after the quote, appositive: {@code ," the head of the UN taskforce, Jan Egeland, said}</li>
 *   <li>after the quote, a role: {@code ," the monitor said}</li>
 *   <li>before the quote, in its sentence: {@code Kerry told reporters: "} / {@code But he added: “}; the
 *       subject of a sentence that runs into the quote through a colon or "by saying" ({@code Instead, Ana
 *       Costa listed the traits: “}), when it is a full name</li>
 *   <li>none of those: the speaker of the previous quote or speech verb in the same paragraph, when
 *       the quote follows it directly; else no speaker</li>
 * </ul>
 * A partial quote woven into the writer's sentence ({@code Okafor described it as "a failure we
 * will not allow" while Brandt said ...}) takes its speaker from the words before it first.
 * "he"/"she": among the persons named in this or the previous paragraph, the subject of the latest
 * sentence naming one, else the latest one, skipping anyone whose gender rules them out; gender
 * comes only from cues in the cluster ({@link Genders}: "Mr"/"Ms", "X said she", "X ... his"),
 * never from lists of first names. Speakers are normalised to the longest form
 * of the name seen in the cluster ("Mr Kerry", "Kerry" → "John Kerry"). The same quote in several
 * articles becomes one {@link Quote} with every citation.
 * <p>
 * This class finds the quotes and tracks the persons speaking in each paragraph; the parts live
 * beside it: {@link Speakers} (attribution forms), {@link Credits} (a credit before a colon), {@link Roles}
 * ("the minister said"), {@link Referents} ("he"/"she"), {@link Genders} (gender cues), {@link Names}
 * (titles, longest names), {@link QuoteGroups} (across articles).
 */
public final class Quotes {
    static final int MIN_WORDS = 4;

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
    private static final String ROLE_LED = "(?:The|His|Her|Their|Its|A|An|(?<owner>" + OWNER + "))\\s+[^,\"“”.!?]{1,60}?,\\s+(?<name>" + NAME + "),\\s+[\\p{Ll}\\d]";
    private static final StartPattern ROLE_LED_SUBJECT = StartPattern.of("(?:^|[.!?]\\s+)" + ROLE_LED,
            (text, at) -> at == 0 || ".!?".indexOf(text.charAt(at)) >= 0);
    private static final Pattern GENDERED_ROLE = Pattern.compile("\\b(?:" + Genders.FEMALE_NOUNS + "|" + Genders.MALE_NOUNS + ")\\b");
    private static final Pattern ROLE_LED_OPENING = Pattern.compile("^\\s*" + ROLE_LED);

    /**
     * A quote whose closing mark is missing, so the next quote's opening mark closed it: its words
     * end on the attribution ("... hope, said Kunz Sr. ") and are cut there.
     */
    private static final Pattern BROKEN_CLOSE = Pattern.compile(
            "^(?<words>.{10,}?),\\s+(?:(?:said|says|added)\\s+(?<name>" + NAME + ")|(?<name2>" + NAME + ")\\s+(?:said|says|added))\\.?\\s*$");

    /** "I’d say", "I'll tell you": a writer's contraction before a speech verb, not a name. */
    private static final Pattern CONTRACTION = Pattern.compile("\\p{Lu}['’]\\p{Ll}");

    private Quotes() {
    }

    public static List<Quote> find(ClusterText text) {
        return find(text, longestNames(text));
    }

    /** As {@link #find(ClusterText)}, with the cluster's {@link dev.precis.evidence.names.Names#longestNames}. */
    public static List<Quote> find(ClusterText text, Map<String, String> longest) {
        Map<String, Character> genders = genders(text, longest);
        // only persons whose gender the cluster states are tracked for "he"/"she": the tracking is
        // there to tell them apart; everyone else keeps the older last-speaker rule
        Set<String> persons = new java.util.HashSet<>();
        for (String name : genders.keySet()) if (name.indexOf(' ') > 0 && !isOrganisation(name)) persons.add(name);
        List<Found> found = new ArrayList<>();
        for (int a = 0; a < text.articles().size(); a++) findIn(a, text.articles().get(a), longest, genders, persons, found);
        return group(found);
    }

    private static void findIn(int a, CleanArticle art, Map<String, String> longest, Map<String, Character> genders,
                               Set<String> persons, List<Found> out) {
        String t = art.text();
        Paragraphs paragraphs = Paragraphs.of(t);
        List<Mentioned> mentioned = new ArrayList<>();
        Antecedents antecedents = Antecedents.of(longest); // every person named in full, for a he/she the above leaves open
        PronounCredits credits = new PronounCredits(); // whom this article's "he"/"she" credits went to
        String lastPerson = "";
        int lastPersonLine = -10, lastPersonAt = -1;
        String quoteSpeaker = null;
        int quoteLine = -10;
        String reportedSpeaker = null; // the named subject of a speech verb in a paragraph without quotes
        int reportedLine = -10;
        Set<String> speakersSeen = new java.util.HashSet<>(); // named speakers so far: "Trump contrasted ..." keeps Trump the subject
        // one matcher of each pattern per article, reset for each stretch of text: a matcher of a pattern
        // with many groups costs more to make than a short stretch costs to search
        Matcher subj = SENTENCE_SUBJECT.matcher("").useAnchoringBounds(false); // "^": the start of the text only
        Matcher roleSubj = ROLE_LED_SUBJECT.matcher("").useAnchoringBounds(false);
        Matcher inv = VERB_THEN_NAME.matcher("");
        Matcher sub = SPEECH_SUBJECT.matcher("");
        for (int lineNo = 0; lineNo < paragraphs.size(); lineNo++) {
            if (!paragraphs.read(lineNo)) continue;
            String line = paragraphs.line(lineNo);
            int lineStart = paragraphs.start(lineNo);
            // "he"/"she" refer to the last person named in this or the previous paragraph; a paragraph
            // that itself says "he"/"she" carries the reference on ("He blamed ...", then "... he said")
            if (lineNo - lastPersonLine <= 1 && (paragraphs.saysHeOrShe(lineNo) || Roles.namesAgain(line, lastPerson)
                    || Roles.titleOf(line, lastPerson, t, lineStart, longest)
                    || Roles.describedAgain(line, lastPerson, t, lineStart, longest))) lastPersonLine = lineNo;
            String lineSpeaker = "";
            int lineSpeakerEnd = -1;
            // speech-verb subjects outside quotes keep "he"/"she" and continuations resolvable
            List<int[]> quoteSpans = paragraphs.quotes(lineNo);
            int cursor = 0;
            for (int k = 0; k <= quoteSpans.size(); k++) {
                int[] qs = k < quoteSpans.size() ? quoteSpans.get(k) : null;
                // persons speaking in the text before this quote (or after the last one)
                String between = line.substring(cursor, qs == null ? line.length() : qs[0]);
                mentions(between, lineStart + cursor, lineNo, longest, persons, mentioned);
                antecedents.read(between, lineStart + cursor, lineNo);
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
                    // a kin word after another person's possessive ("Prodigy's mother, Fatima Johnson,") states a gender: when the
                    // cluster's cues leave that person's open, a later "he" must not fall to her
                    boolean unsure = m == roleSubj && m.group("owner") != null && !persons.contains(name)
                            && GENDERED_ROLE.matcher(m.group()).find()
                            // past a long lead-in or appositive only the full name the cluster gives a person
                            || m == subj && widened(subj) && !Credits.isFullName(name, longest);
                    if ((name.indexOf(' ') > 0 || speakersSeen.contains(name)) && namesOnePerson(name) && !unsure // a known full name or speaker
                            && !afterTitle(between, m.start()) && !appositiveOwner(m)) {
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
                    if (Speakers.placeAt(between, sub.start("name"))) { // "the School of Public Health at Imperial explained"
                        // "what Vikki Manko of Naperville, Illinois asks": the state after the town; the person is before them
                        String resident = Speakers.residentBefore(between.substring(Math.max(0, sub.start("name") - 80), sub.start("name")));
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
                if (qs == null) break;
                int cs = qs[2], ce = qs[3];
                while (cs < ce && Character.isWhitespace(line.charAt(cs))) cs++;
                while (ce > cs && (Character.isWhitespace(line.charAt(ce - 1)) || line.charAt(ce - 1) == ',')) ce--;
                String content = line.substring(cs, ce);
                cursor = qs[1];
                String brokenSpeaker = null;
                Matcher broken = BROKEN_CLOSE.matcher(content);
                if (broken.find()) {
                    String raw = broken.group("name") != null ? broken.group("name") : broken.group("name2");
                    if (!PRONOUNS.contains(raw.toLowerCase(Locale.ROOT)) && !NON_PERSONS.contains(raw.toLowerCase(Locale.ROOT))) {
                        brokenSpeaker = canonical(raw, longest);
                        ce = cs + broken.end("words");
                        content = line.substring(cs, ce);
                    }
                }
                boolean tooShort = wordCount(content) < MIN_WORDS;
                String head = sentenceHead(line, qs[0]);
                // "What, what?" she says. "It has happened before.": a quote too short to report still tells who speaks
                // next in its paragraph when it is words spoken, opening its sentence and closed by its own punctuation;
                // not a term in the writer's sentence ("had turned into a “banana republic.”")
                if (tooShort && (",.!?".indexOf(line.charAt(qs[1] - 2)) < 0 || head.chars().anyMatch(Character::isLetter))) continue;
                // "author of “The Naked Truth About Breast Implants.”": a title inside the writer's sentence quotes
                // nobody, and leaves the paragraph's speakers as they were
                if (Titles.isTitle(content) && head.chars().anyMatch(Character::isLetter)) {
                    out.add(new Found(content, "", new Citation(a, art.id(), lineStart + cs, lineStart + ce), key(content)));
                    continue;
                }
                int tailEnd = k + 1 < quoteSpans.size() ? quoteSpans.get(k + 1)[0] : line.length();
                String tail = line.substring(qs[1], tailEnd);
                String fallback = lineNo - lastPersonLine <= 1 ? lastPerson : "";
                // "Undaunted, he published an op-ed, accusing Mercer of “...”": "he" stands for someone named before it
                int pronoun = lastPronoun(head);
                int resolveAt = lineStart + qs[0] - (pronoun < 0 ? 0 : head.length() - pronoun);
                Pronouns refs = credits.filter(antecedents.fill(pronouns(t, mentioned, resolveAt, lineNo, genders, fallback, lastPersonAt),
                        t, paragraphs, resolveAt, lineNo, genders));
                boolean partial = line.charAt(qs[1] - 2) != ',' && ".!?…—-".indexOf(line.charAt(qs[1] - 2)) < 0
                        && head.chars().anyMatch(Character::isLetter);
                String own = afterClosedQuote(head);
                String speaker = brokenSpeaker != null && !brokenSpeaker.isEmpty() ? brokenSpeaker
                        : partial ? before(own, longest, refs) : null; // words woven into the writer's sentence
                if (speaker == null && k == 0) speaker = Credits.speaker(line.substring(0, qs[0]), longest, refs);
                if (speaker == null) speaker = UnnamedSpeakers.after(content, tail); // "one juror told the judge"
                if (speaker == null) speaker = attribute(own.isBlank() && newSentence(line, qs[1], tail) ? "" : tail, own, longest, refs);
                if (speaker == null && !(own.isBlank() && newSentence(line, qs[1], tail))) speaker = DocumentSpeakers.after(tail, t, paragraphs.start(Math.max(0, lineNo - 1)), lineStart + qs[0], longest); // "“...,” reads the letter"
                String role = speaker == null ? clauseRole(tail) : roleWord(speaker);
                if (role != null) { // "the minister added": the one person the article gave that role
                    String before = t.substring(0, lineStart + qs[0]);
                    Set<String> named = Roles.peopleWithRole(role, before, longest);
                    if (named.size() == 1) speaker = named.iterator().next();
                    // "the president said" after "President Obama", whose full name the cluster does not give: the person just named
                    else if (named.isEmpty() && !fallback.isEmpty() && Roles.calledBy(role, fallback, before)) speaker = fallback;
                }
                if (speaker != null && speaker.startsWith("the ")) { // "the producer added" after "Jordan Horowitz said"
                    String described = Descriptions.person(speaker, t, lineStart + qs[0], paragraphs.start(Math.max(0, lineNo - 1)), longest, genders);
                    if (described != null) speaker = described;
                }
                if (speaker == null && lineSpeakerEnd >= 0 && (head.isBlank() || lineSpeakerEnd > qs[0] - head.length())
                        && !(UnnamedSpeakers.voiceOfSeveral(lineSpeaker) && OwnAttribution.follows(content, tail))) {
                    speaker = lineSpeaker; // continuation in the same paragraph, or a second quote of one sentence
                }
                if (speaker == null && k == 0 && line.substring(0, qs[0]).isBlank() && lineNo == quoteLine + 1) {
                    speaker = quoteSpeaker; // a paragraph that is only a quote goes on from the quote just before it
                }
                if (speaker == null && lineNo == reportedLine + 1 && onlyQuotes(line, quoteSpans)) {
                    speaker = reportedSpeaker; // ... or from the words reported just before it, when it names nobody itself
                }
                if (speaker == null && head.isBlank()) speaker = subjectBefore(line, qs[0] - head.length(), longest, refs, persons, speakersSeen);
                if (speaker == null && WovenQuotes.woven(own))
                    speaker = WovenQuotes.speaker(own, t, lineStart + qs[0] - own.length(), longest, refs, persons, speakersSeen);
                if (speaker == null && WovenQuotes.woven(own)) // the subject of the clause holding it: "Reid ... and said he was “"
                    speaker = WovenSubjects.speaker(own, t.substring(0, lineStart + qs[0]), longest, refs, persons, speakersSeen);
                if (speaker != null && (Names.isDebris(speaker) || CutSpeakers.isCut(speaker))) speaker = null;
                if (speaker == null) speaker = "";
                credits.credit(speaker, head, tail);
                if (tooShort) { // it carries its paragraph on, not the persons "he"/"she" may stand for
                    if (speaker.isEmpty()) continue;
                    lineSpeaker = quoteSpeaker = speaker;
                    lineSpeakerEnd = qs[1];
                    quoteLine = lineNo;
                    continue;
                }
                if (!speaker.isEmpty()) {
                    if (!UnnamedSpeakers.describes(speaker) && !isOrganisation(speaker)) {
                        lastPerson = speaker;
                        lastPersonLine = lineNo;
                        lastPersonAt = lineStart + qs[1];
                    }
                    lineSpeaker = speaker;
                    lineSpeakerEnd = qs[1];
                    if (Character.isUpperCase(speaker.charAt(0))) speakersSeen.add(speaker);
                    if (persons.contains(speaker)) mentioned.add(new Mentioned(speaker, lineStart + qs[1], lineNo));
                    antecedents.spoke(speaker, lineStart + qs[1], lineNo);
                }
                if (speaker.isEmpty()) lineSpeakerEnd = -1; // a quote without a speaker breaks the chain of continuations
                quoteSpeaker = speaker.isEmpty() ? null : speaker;
                quoteLine = lineNo;
                out.add(new Found(content, speaker,
                        new Citation(a, art.id(), lineStart + cs, lineStart + ce), key(content)));
            }
            if (quoteSpans.isEmpty() && lineSpeakerEnd >= 0 && !CONTRACTION.matcher(lineSpeaker).lookingAt()) { // "Prof Owen said it was a landmark."
                reportedSpeaker = lineSpeaker;
                reportedLine = lineNo;
            }
            // a quote left open at the paragraph's end ("Smith said: “The new ...") goes on in the next paragraph
            int open = unclosedQuote(line, cursor);
            if (open >= 0) {
                String head = sentenceHead(line, open);
                String fallback = lineNo - lastPersonLine <= 1 ? lastPerson : "";
                Pronouns refs = antecedents.fill(pronouns(t, mentioned, lineStart + open, lineNo, genders, fallback, lastPersonAt),
                        t, paragraphs, lineStart + open, lineNo, genders);
                String speaker = head.isBlank() ? null : attribute("", head, longest, refs);
                if (speaker != null && !speaker.isEmpty() && !Names.isDebris(speaker) && !CutSpeakers.isCut(speaker)) {
                    quoteSpeaker = speaker;
                    quoteLine = lineNo;
                } else if (quoteSpeaker != null && quoteLine == lineNo - 1 && line.substring(0, open).isBlank()) {
                    // a quotation running over several paragraphs leaves each but the last open: the speaker goes on
                    quoteLine = lineNo;
                }
            }
        }
    }

    /**
     * "Stone stomps her feet and squeals out loud. “I am so happy.”": a quote that opens its sentence and
     * names nobody speaks for the person opening the writer's sentence just before it in the paragraph: a
     * person the cluster gives a gender, a speaker named before, or "he"/"she" ({@code refs}); null when that
     * sentence holds a quote or opens on no such person.
     */
    private static String subjectBefore(String line, int sentenceStart, Map<String, String> longest, Pronouns refs,
                                        Set<String> persons, Set<String> speakersSeen) {
        if (sentenceStart < 2) return null;
        String previous = sentenceHead(line, sentenceStart - 1);
        if (previous.indexOf('"') >= 0 || previous.indexOf('“') >= 0 || previous.indexOf('”') >= 0) return null;
        Matcher roleLed = ROLE_LED_OPENING.matcher(previous);
        // "His mother, Maria Feng, remembers that day.": the name set off after the role opening the sentence
        boolean led = roleLed.lookingAt();
        String raw = led ? roleLed.group("name") : Speakers.openingSubject(previous);
        // the subject opens the sentence itself: past a lead-in ("During Colbert's ...", "When La La Land ...") a
        // capitalised word is as often no person
        if (raw == null || !led && !previous.stripLeading().startsWith(raw) || raw.endsWith("'s") || raw.endsWith("’s")) return null;
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!PRONOUNS.contains(lower) && Lexicon.SENTENCE_OPENERS.contains(lower.split(" ", 2)[0])) return null; // "When La La Land ..."
        String name = !PRONOUNS.contains(lower) ? canonical(raw, longest) : lower.equals("he") ? refs.he() : refs.she();
        return (persons.contains(name) || speakersSeen.contains(name)) && namesOnePerson(name) ? name : null;
    }

    /**
     * "“... the fringe circle he was in.” Patterson also recalled ...": a quotation closed by its own period ends
     * the sentence, and a capitalised word after it opens the writer's next one, which attributes nothing to it.
     */
    static boolean newSentence(String line, int quoteEnd, String tail) {
        if (quoteEnd < 2 || line.charAt(quoteEnd - 2) != '.') return false;
        String t = tail.stripLeading();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
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

    /** Offset in {@code head} of its last "he" or "she" standing as a word of its own; -1 if none. */
    static int lastPronoun(String head) {
        for (int i = head.length() - 2; i >= 0; i--) {
            if (i > 0 && Character.isLetter(head.charAt(i - 1))) continue;
            int end = head.startsWith("he", i) || head.startsWith("He", i) ? i + 2
                    : head.startsWith("she", i) || head.startsWith("She", i) ? i + 3 : -1;
            if (end > 0 && (end == head.length() || !Character.isLetter(head.charAt(end)))) return i;
        }
        return -1;
    }

    /** Offset of an opening quote mark after {@code from} that the paragraph never closes; -1 if none. */
    static int unclosedQuote(String line, int from) {
        int curly = line.lastIndexOf('“');
        if (curly >= from && line.indexOf('”', curly) < 0 && line.indexOf('"', curly) < 0) return curly;
        int straight = line.indexOf('"', from);
        if (straight >= 0 && line.indexOf('"', straight + 1) < 0 && line.indexOf('”', straight) < 0
                && (straight == 0 || Character.isWhitespace(line.charAt(straight - 1)) || line.charAt(straight - 1) == ':')) return straight;
        return -1;
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


    /** Whether the paragraph holds nothing but its quotes: no letter of the writer's outside them. */
    private static boolean onlyQuotes(String line, List<int[]> quoteSpans) {
        int from = 0;
        for (int[] q : quoteSpans) {
            if (line.substring(from, q[0]).chars().anyMatch(Character::isLetter)) return false;
            from = q[1];
        }
        return line.substring(from).chars().noneMatch(Character::isLetter);
    }

    private static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    /**
     * Whether a name found near speech can be the person "he"/"she" stands for: not an organisation,
     * and not "the Kentucky Republican", which stands for someone named before.
     */
    private static boolean namesOnePerson(String name) {
        return !isOrganisation(name) && !isPartyMember(name);
    }

    /** Letters and digits only, lower case: "we cannot" and "we can not" meet. */
    public static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}

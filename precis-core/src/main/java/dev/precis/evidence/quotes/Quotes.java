package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;

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
import static dev.precis.evidence.names.Names.longestNames;
import static dev.precis.evidence.quotes.QuoteGroups.group;
import static dev.precis.evidence.names.Sentences.sentenceHead;
import static dev.precis.evidence.quotes.Speakers.attribute;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;

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
 * This class finds the quotes and keeps the reading state; {@link Attribution} chooses each quote's speaker
 * (the forms in the order tried). The parts live beside them: {@link Discourse}
 * (who each paragraph is about, read in text order), {@link Speakers} (attribution forms), {@link Credits}
 * (a credit before a colon), {@link Roles} ("the minister said"), {@link Referents} ("he"/"she"), {@link Genders}
 * (gender cues), {@link Names}
 * (titles, longest names), {@link QuoteGroups} (across articles).
 */
public final class Quotes {
    static final int MIN_WORDS = 4;

    /**
     * A quote whose closing mark is missing, so the next quote's opening mark closed it: its words
     * end on the attribution ("... hope, said Kunz Sr. ") and are cut there.
     */
    private static final Pattern BROKEN_CLOSE = Pattern.compile(
            "^(?<words>.{10,}?),\\s+(?:(?:said|says|added)\\s+(?<name>" + NAME + ")|(?<name2>" + NAME + ")\\s+(?:said|says|added))\\.?\\s*$");

    private Quotes() {
    }

    public static List<Quote> find(ClusterText text) {
        return find(text, longestNames(text));
    }

    /** As {@link #find(ClusterText)}, with the cluster's {@link dev.precis.evidence.names.Names#longestNames}. */
    public static List<Quote> find(ClusterText text, Map<String, String> longest) {
        return group(occurrences(text, longest));
    }

    /** Every quote occurrence of the cluster with its speaker, before the same quotes are grouped. */
    static List<Found> occurrences(ClusterText text, Map<String, String> longest) {
        Map<String, Character> genders = genders(text, longest);
        // only persons whose gender the cluster states are tracked for "he"/"she": the tracking is
        // there to tell them apart; everyone else keeps the older last-speaker rule
        Set<String> persons = new java.util.HashSet<>();
        for (String name : genders.keySet()) if (name.indexOf(' ') > 0 && !isOrganisation(name)) persons.add(name);
        List<Found> found = new ArrayList<>();
        Set<String> everyone = Antecedents.persons(longest); // every person named in full, for a he/she the above leaves open
        for (int a = 0; a < text.articles().size(); a++) findIn(a, text.articles().get(a), longest, genders, persons, everyone, found);
        return found;
    }

    private static void findIn(int a, CleanArticle art, Map<String, String> longest, Map<String, Character> genders,
                               Set<String> persons, Set<String> everyone, List<Found> out) {
        String t = art.text();
        Paragraphs paragraphs = Paragraphs.of(t, Asides.of(longest)); // a caption or a paragraph about no one carries the last person on
        List<Mentioned> mentioned = new ArrayList<>();
        Antecedents antecedents = Antecedents.of(longest, everyone);
        PronounCredits credits = new PronounCredits(); // whom this article's "he"/"she" credits went to
        Discourse discourse = new Discourse(longest, persons); // who the paragraphs are about
        Attribution attribution = new Attribution(t, paragraphs, discourse, longest, genders, persons); // who speaks each quote
        PronounReading reading = new PronounReading(t, paragraphs, mentioned, antecedents, credits, discourse, longest, genders);
        for (int lineNo = 0; lineNo < paragraphs.size(); lineNo++) {
            if (!paragraphs.read(lineNo)) continue;
            String line = paragraphs.line(lineNo);
            int lineStart = paragraphs.start(lineNo);
            discourse.startParagraph(paragraphs, lineNo, t);
            List<int[]> quoteSpans = paragraphs.quotes(lineNo);
            int cursor = 0;
            for (int k = 0; k <= quoteSpans.size(); k++) {
                int[] qs = k < quoteSpans.size() ? quoteSpans.get(k) : null;
                // persons speaking in the text before this quote (or after the last one)
                String between = line.substring(cursor, qs == null ? line.length() : qs[0]);
                antecedents.read(between, lineStart + cursor, lineNo, persons, mentioned); // and Referents' mentions, one scan
                discourse.read(between, lineNo, lineStart, cursor);
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
                if (tooShort && (",.!?".indexOf(line.charAt(qs[3] - 1)) < 0 || head.chars().anyMatch(Character::isLetter))) continue;
                // "author of “The Naked Truth About Breast Implants.”": a title inside the writer's sentence quotes
                // nobody, and leaves the paragraph's speakers as they were
                if (Titles.isTitle(content) && head.chars().anyMatch(Character::isLetter)) {
                    out.add(new Found(content, "", new Citation(a, art.id(), lineStart + cs, lineStart + ce), key(content)));
                    continue;
                }
                int tailEnd = k + 1 < quoteSpans.size() ? quoteSpans.get(k + 1)[0] : line.length();
                String tail = line.substring(qs[1], tailEnd);
                String fallback = discourse.recentPerson(lineNo);
                Pronouns refs = reading.referents(lineNo, lineStart + qs[0], head, fallback);
                SpeakerPath.Choice choice = new SpeakerPath.Choice(); // which form chose the speaker, for measuring (SpeakerPaths)
                String speaker = attribution.speaker(new Attribution.QuoteContext(lineNo, line, lineStart, quoteSpans, k, qs,
                        content, head, tail, brokenSpeaker, fallback, refs), choice);
                credits.credit(speaker, head, tail);
                if (tooShort) { // it carries its paragraph on, not the persons "he"/"she" may stand for
                    if (speaker.isEmpty()) continue;
                    discourse.carriedOn(speaker, lineNo, qs[1]);
                    continue;
                }
                discourse.quoted(speaker, lineNo, lineStart, qs[1]);
                if (!speaker.isEmpty()) {
                    if (persons.contains(speaker)) mentioned.add(new Mentioned(speaker, lineStart + qs[1], lineNo));
                    antecedents.spoke(speaker, lineStart + qs[1], lineNo);
                }
                out.add(new Found(content, speaker,
                        new Citation(a, art.id(), lineStart + cs, lineStart + ce), key(content), choice.path(speaker)));
            }
            discourse.endParagraph(lineNo, quoteSpans.isEmpty());
            // a quote left open at the paragraph's end ("Smith said: “The new ...") goes on in the next paragraph
            int open = unclosedQuote(line, cursor);
            if (open >= 0) {
                String head = sentenceHead(line, open);
                String fallback = discourse.recentPerson(lineNo);
                Pronouns refs = reading.named(lineStart + open, lineNo, fallback);
                String speaker = head.isBlank() ? null : attribute("", head, longest, refs);
                boolean credited = speaker != null && !speaker.isEmpty() && !Names.isDebris(speaker) && !CutSpeakers.isCut(speaker) && !TitleFragments.isFragment(speaker);
                discourse.leftOpen(credited ? speaker : null, lineNo, line.substring(0, open).isBlank());
            }
        }
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

    /** Offset of an opening quote mark after {@code from} that the paragraph never closes; -1 if none. */
    static int unclosedQuote(String line, int from) {
        int curly = line.lastIndexOf('“');
        if (curly >= from && line.indexOf('”', curly) < 0 && line.indexOf('"', curly) < 0) return curly;
        int straight = line.indexOf('"', from);
        if (straight >= 0 && line.indexOf('"', straight + 1) < 0 && line.indexOf('”', straight) < 0
                && (straight == 0 || Character.isWhitespace(line.charAt(straight - 1)) || line.charAt(straight - 1) == ':')) return straight;
        return -1;
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

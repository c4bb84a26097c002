package dev.precis.evidence.quotes;

import dev.precis.lexicon.StartPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PARTICLE;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_SUBJECT;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_WORDS;
import static dev.precis.evidence.quotes.Discourse.namesOnePerson;
import static dev.precis.evidence.quotes.Speakers.TO_LISTENER;

/**
 * The persons named at the speech verbs of a stretch of text outside quotes, read for {@link Discourse}: after the
 * verb ("says branding expert Tracey Riese") or as its subject before it ("Dr. Kolb says ..."). Split from
 * {@link Discourse}, which decides what they change (the last person, the paragraph's speaker); this class keeps
 * nothing across stretches but its matchers.
 */
final class ReportedSpeech {

    /** "says branding expert Tracey Riese": the named speaker after a speech verb, past a few lower-case words. */
    private static final Pattern VERB_THEN_NAME = Pattern.compile(
            "^\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?(?<name>" + CAP + "(?:[ \\t]+(?:(?:" + PARTICLE + ")[ \\t]+)?" + CAP + "){1,3})");

    /**
     * A person named at the speech verb at {@code verb} in the stretch: {@code at} is where it counts as named for
     * the order of the sentences' subjects (the verb for a name after it, the name itself for a subject); a subject
     * ({@code subject}) is the paragraph's speaker, a name after the verb only a person "he"/"she" may stand for.
     */
    record Named(String name, int at, int verb, boolean subject) {
    }

    private final Map<String, String> longest;
    // one matcher of each pattern per article, reset for each stretch of text: a matcher of a pattern
    // with many groups costs more to make than a short stretch costs to search
    private final Matcher inv = VERB_THEN_NAME.matcher("");
    private final Matcher sub = SPEECH_SUBJECT.matcher("");

    /** @param longest the cluster's longest form of each name */
    ReportedSpeech(Map<String, String> longest) {
        this.longest = longest;
    }

    /** The persons named at the speech verbs of {@code between}, in text order: at each verb, the one after it first. */
    List<Named> in(String between) {
        inv.reset(between);
        sub.reset(between);
        List<Named> out = new ArrayList<>();
        for (int verb : speechVerbs(between)) {
            int verbEnd = verb;
            while (verbEnd < between.length() && Character.isLetter(between.charAt(verbEnd))) verbEnd++;
            inv.region(verbEnd, Math.min(between.length(), verbEnd + 80));
            if (!TO_LISTENER.contains(between.substring(verb, verbEnd)) && inv.lookingAt()) {
                String name = canonical(inv.group("name"), longest);
                if (name.indexOf(' ') > 0 && namesOnePerson(name)) out.add(new Named(name, verb, verb, false));
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
                out.add(new Named(name, sub.start("name"), verb, true));
            }
        }
        return out;
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
}

package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.isPartyMember;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * The speaker of a partial quote woven into the writer's sentence far from its subject: "Heller suggested in a
 * statement last week that the “chances ... are slim,”", "McHugh accused “the very highest levels of NBC” of ...",
 * "Reid tempered his praise and said he was “not pushing it ...”". The sentence's subject is the speaker when it
 * opens the sentence, names a person the cluster knows (one it gives a gender, or someone already quoted), and a verb of
 * saying follows it with no other capitalised word between them (not "Trump sent a tweet quoting host Stuart
 * Varney who said “...”": the words are Varney's). Tried only after every nearer attribution form found none.
 */
final class WovenQuotes {
    /** Verbs that put someone's words into the writer's sentence, besides the speech verbs. */
    private static final Pattern SAYING = Pattern.compile("\\b(?:" + SPEECH.substring(3, SPEECH.length() - 1)
            + "|suggested|suggests|accused|accuses|pledged|pledges|promised|promises|vowed|vows|"
            + "denied|denies|dismissed|posted|assured|assures|"
            + "criticized|criticised|slammed|blasted|questioned|maintained|maintains|contended|contends)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}");
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:which|who|whose)\\b");

    private WovenQuotes() {
    }

    /**
     * Whether the writer's words before a quote run on into it ("... said in a statement that the “"), rather than
     * introduce it ("Heller said: “", "Heller said, “"), whatever punctuation closes the quote.
     */
    static boolean woven(String sentence) {
        String s = sentence.stripTrailing();
        return !s.isEmpty() && Character.isLetter(s.charAt(s.length() - 1));
    }

    /**
     * The subject of {@code sentence}, the writer's words before a partial quote, when it speaks the quote; null
     * otherwise. {@code known} are the persons the cluster gives a gender and the speakers named so far.
     */
    static String speaker(String sentence, Map<String, String> longest, Pronouns refs, Set<String> persons,
                          Set<String> speakersSeen) {
        String raw = Speakers.openingSubject(sentence);
        // "He praised the pope's message as “powerful”": whom "he" is, far from the quote, is a guess this rule does not make
        if (raw == null || raw.endsWith("'s") || raw.endsWith("’s") || PRONOUNS.contains(raw.toLowerCase(Locale.ROOT))) return null;
        int subjectEnd = sentence.indexOf(raw) + raw.length();
        Matcher verb = SAYING.matcher(sentence);
        if (!verb.find(subjectEnd)) return null;
        // another capitalised word before the verb may be whom the words belong to ("quoting host Stuart Varney who said")
        String between = sentence.substring(subjectEnd, verb.start());
        int comma = between.indexOf(','), close = between.indexOf(',', comma + 1);
        // an appositive set off by commas after the subject ("Chaffetz, who said last week ..., told McCabe") is its own
        if (comma >= 0 && close > comma && between.substring(0, comma).isBlank()) between = between.substring(close + 1);
        if (CAPITALISED.matcher(between).find()) return null;
        String name = Speakers.person(raw, longest, refs);
        if (name == null || name.isEmpty()) return null;
        // a person the cluster gives a gender or has heard speak: not "Neighboring Ukraine also criticized the law"
        if (!persons.contains(name) && !speakersSeen.contains(name)) return null;
        // "criticized the Polish law, which widened ... “...”": the words belong to what the relative clause is about
        if (RELATIVE.matcher(sentence.substring(verb.end())).find()) return null;
        return isOrganisation(name) || isPartyMember(name) ? null : name;
    }
}

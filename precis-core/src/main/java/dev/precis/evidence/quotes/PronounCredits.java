package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's own "he"/"she" credits ("“...,” she said", "She added: “...”") tell of the persons they
 * were resolved to. The cluster's gender cues ({@link Genders}) often leave a speaker open ("Haley wrote ...
 * “...,” she said"), and then a later "he" of the same article may fall to her ("“There's a state drink?” he
 * asked" given to Haley). A person this article has credited through one pronoun only is no referent of the
 * other pronoun here: that pronoun is left unresolved (no speaker is better than a wrong one). It only takes
 * a referent away, never gives one; it reads the article's credits, not the cluster's cues ("Elder said she
 * honked" says nothing of Elder), and a person credited through both pronouns is left alone.
 */
final class PronounCredits {
    /** The quote's tail opening on the pronoun and a word: "“...,” she said", "“...?” he asked". */
    private static final Pattern AFTER = Pattern.compile("^[\\s,]*(?<p>he|she)\\s+\\p{Ll}+\\b");
    /** The quote's sentence ending on the pronoun, a word and a comma or colon: "She said, “", "he added: “". */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[\\s,;—–-])(?<p>[Hh]e|[Ss]he)\\s+\\p{Ll}+[,:]\\s*$");

    private final Map<String, Character> credited = new HashMap<>();
    private final Set<String> both = new HashSet<>();

    /** 'm' for a "he" credit, 'f' for a "she" credit, ' ' when the quote's credit is no pronoun. */
    static char gender(String head, String tail) {
        Matcher m = AFTER.matcher(tail);
        if (!m.find()) {
            m = BEFORE.matcher(head);
            if (!m.find()) return ' ';
        }
        return Character.toLowerCase(m.group("p").charAt(0)) == 's' ? 'f' : 'm';
    }

    /** Notes the pronoun of the credit ({@code head}, {@code tail}) of a quote given to {@code speaker}. */
    void credit(String speaker, String head, String tail) {
        if (speaker.isEmpty() || !Character.isUpperCase(speaker.charAt(0))) return;
        char g = gender(head, tail);
        if (g == ' ') return;
        Character before = credited.putIfAbsent(speaker, g);
        if (before != null && before != g) both.add(speaker);
    }

    /** {@code refs} less a referent this article has credited through the other pronoun only. */
    Pronouns filter(Pronouns refs) {
        if (credited.isEmpty()) return refs;
        String he = is(refs.he(), 'f') ? "" : refs.he(), she = is(refs.she(), 'm') ? "" : refs.she();
        return he == refs.he() && she == refs.she() ? refs : new Pronouns(he, she, refs.last());
    }

    /** Whether this article has credited a named person through the pronoun of gender {@code g} so far. */
    boolean creditedAny(char g) {
        return credited.containsValue(g);
    }

    private boolean is(String person, char g) {
        Character c = credited.get(person);
        return c != null && c == g && !both.contains(person);
    }
}

package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.CAP;

/**
 * The person holding a role that a sentence opens on: "Mint spokesman Adam Stump issued this statement",
 * "National Security Council spokeswoman Caitlin Hayden later clarified", "Moonlight director Barry Jenkins
 * appreciated ...". The capitalised words opening such a sentence name the body or work the role belongs to; the
 * subject is the full name after the role. Only roles whose every word is a person's title ("spokesman", "chief
 * executive" is not: "executive" is, "chief" is), so that a verb between two names ("Trump praised host Stuart
 * Varney") never hands the subject to the second.
 */
final class RoleHolders {
    /** One to three lower-case role words, then a name of two or three capitalised words. */
    private static final Pattern ROLE_THEN_HOLDER = Pattern.compile(
            "[ \\t]+(?<role>\\p{Ll}+(?:[ \\t]+\\p{Ll}+){0,2})[ \\t]+(?<holder>" + CAP + "(?:[ \\t]+" + CAP + "){1,2})(?![\\p{L}'’])");

    private RoleHolders() {
    }

    /**
     * The holder of the role right after {@code name}, which ends at {@code nameEnd} in {@code sentence}; {@code name}
     * itself when no role of titles and full name follow it.
     */
    static String subject(String sentence, int nameEnd, String name) {
        Matcher m = ROLE_THEN_HOLDER.matcher(sentence).region(nameEnd, sentence.length());
        if (!m.lookingAt()) return name;
        for (String w : Spaces.split(m.group("role"))) if (!Lexicon.PERSON_TITLES.contains(w)) return name;
        return m.group("holder");
    }
}

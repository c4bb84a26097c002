package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * The speaker of one quote, from the words around it (attribution forms listed on {@link Quotes}):
 * after the quote (name, verb first, appositive, role), else before it in its sentence. Names go
 * through {@link Names#canonical}; "he"/"she" become whom {@link Referents} resolved them to.
 */
public final class Speakers {
    private static final Pattern AFTER_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?:(?:(?!\\p{Ll}[.!?]\\s)[^\"“”]){0,80}?\\s)?(?<name>he|she|they|it|" + NAME + ")\\s+(?:has\\s+|had\\s+)?" + SPEECH + "\\b");
    private static final Pattern ROLE_START = Pattern.compile("^\\s*[,.]?\\s*(?:the|a|an)\\s+\\p{Ll}");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*" + SPEECH + "\\s+(?<name>" + NAME + ")");
    private static final Pattern AFTER_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*(?:the|a|an)\\s[^\"“”]{0,150}?,\\s*(?<name>" + NAME + "),\\s*" + SPEECH + "\\b");
    private static final Pattern AFTER_NAME_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*(?<name>" + NAME + "),\\s[^\"“”]{0,150}?,\\s*" + SPEECH + "\\b");
    private static final Pattern AFTER_ROLE = Pattern.compile(
            "^\\s*[,.]?\\s*(?<name>(?:the|a|an)\\s+[\\p{L}'’ .-]{2,60}?)\\s+" + SPEECH + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE = Pattern.compile(
            "(?<name>\\b(?:he|she|" + NAME + "))(?:,[^,\"“”]{1,80},|,)?\\s+(?:has\\s+)?(?:" + SPEECH
                    + "|called|calling|described|describing)\\b[^\"“”]{0,60}$");
    private static final Pattern BEFORE_ROLE = Pattern.compile(
            "^\\s*(?:But\\s+|And\\s+)?(?<name>(?:A|An|The)\\s[^,\"“”]{2,60}?)(?:,[^,\"“”]{1,80},)?\\s+(?:has\\s+)?"
                    + SPEECH + "\\b[^\"“”]{0,60}$");

    private Speakers() {
    }

    /** Who "he" and who "she" would be at a quote. */
    record Pronouns(String he, String she) {
    }

    /** Speaker from the words before a quote, in its sentence ("Okafor described the sinking as"); null when none. */
    static String before(String head, Map<String, String> longest, Pronouns refs) {
        Matcher m = BEFORE.matcher(head);
        return m.find() ? person(m.group("name"), longest, refs) : null;
    }

    /** Speaker from the words after or before the quote; null when neither names one. */
    static String attribute(String tail, String head, Map<String, String> longest, Pronouns lastPerson) {
        Matcher m = AFTER_APPOSITIVE.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        m = AFTER_VERB.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        boolean roleFirst = ROLE_START.matcher(tail).lookingAt(); // ", the insider at Breitbart said": a role, not "Breitbart"
        m = AFTER_NAME.matcher(tail);
        if (!roleFirst && m.find()) {
            String p = person(m.group("name"), longest, lastPerson);
            if (p != null) return p;
        }
        m = AFTER_NAME_APPOSITIVE.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        m = AFTER_ROLE.matcher(tail);
        if (m.find()) {
            String role = m.group("name").strip();
            if (role.split("\\s+").length <= 6) return role.toLowerCase(Locale.ROOT).startsWith("the ")
                    || role.toLowerCase(Locale.ROOT).startsWith("a ") || role.toLowerCase(Locale.ROOT).startsWith("an ")
                    ? lowerFirst(role) : role;
        }
        if (!head.isBlank()) {
            m = BEFORE.matcher(head);
            if (m.find()) return person(m.group("name"), longest, lastPerson);
            m = BEFORE_ROLE.matcher(head);
            if (m.find() && m.group("name").split("\\s+").length <= 7) return lowerFirst(m.group("name").strip());
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A named or pronoun speaker resolved to a canonical name; "" for it/they; null if not a person. */
    private static String person(String raw, Map<String, String> longest, Pronouns refs) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) return lower.equals("he") ? refs.he() : refs.she();
        if (NON_PERSONS.contains(lower)) return "";
        String name = canonical(raw, longest);
        return name.isEmpty() ? null : name;
    }

}

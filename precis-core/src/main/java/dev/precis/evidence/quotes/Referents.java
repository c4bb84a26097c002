package dev.precis.evidence.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.TITLE_WORDS;
import static dev.precis.evidence.names.Sentences.sentenceStart;

/**
 * Whom "he" and "she" refer to at a quote: the persons named in the text (tracked as
 * {@link Mentioned}) and the choice among them, ruled by the gender cues of {@link Genders}.
 */
public final class Referents {
    private Referents() {
    }

    /** Told of each capitalised word that is the last word of a cluster name; {@code true} stops the scan. */
    interface Surname {
        boolean at(int start, String fullName);
    }

    /**
     * Visits each capitalised word of {@code s} (letters and hyphens, not inside another word) that
     * {@code longest} knows, with the full name it stands for, until the visitor says stop.
     *
     * @return whether the visitor stopped the scan
     */
    static boolean surnames(String s, Map<String, String> longest, Surname visitor) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isUpperCase(s.charAt(i)) || i > 0 && Character.isLetter(s.charAt(i - 1))) continue;
            int j = i + 1;
            while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) j++;
            String full = longest.get(s.substring(i, j).toLowerCase(Locale.ROOT));
            if (full != null && visitor.at(i, full)) return true;
            i = j;
        }
        return false;
    }

    /**
     * Persons named in {@code s} (which starts at article offset {@code offset}): capitalised words
     * that are the last name of a person the cluster names in a person's position ("Brandt" →
     * "Daniel Brandt"). A word scan, not a name pattern: it runs over every paragraph.
     */
    static void mentions(String s, int offset, int line, Map<String, String> longest, Set<String> persons,
                                 List<Mentioned> out) {
        mentions(s, offset, line, longest, persons, out, Set.of(), null);
    }

    /**
     * As {@link #mentions(String, int, int, Map, Set, List)} for two sets of persons in one scan of {@code s}:
     * those of {@code persons} go to {@code out}, those of {@code others} to {@code othersOut}, each list as a
     * scan of its own would fill it. The quote finder tracks two sets over every stretch of every article
     * (the persons of known gender here, everyone named in full in {@link Antecedents}); one word scan
     * serves both.
     */
    static void mentions(String s, int offset, int line, Map<String, String> longest, Set<String> persons,
                         List<Mentioned> out, Set<String> others, List<Mentioned> othersOut) {
        if (persons.isEmpty() && others.isEmpty()) return;
        surnames(s, longest, (i, full) -> {
            boolean mine = persons.contains(full), theirs = others.contains(full);
            if ((mine || theirs) && ownFirstName(s, i, full)) {
                // the start of the name as written ("Mr Daniel Brandt" counts from its first word)
                if (mine) out.add(new Mentioned(full, offset + i, line));
                if (theirs) othersOut.add(new Mentioned(full, offset + i, line));
            }
            return false;
        });
    }

    /** The capitalised word before a last name, if any, is a title or that person's own first name ("Erin" is not "Jonathan"). */
    private static boolean ownFirstName(String s, int lastName, String full) {
        int e = lastName - 1;
        if (e <= 0 || s.charAt(e) != ' ') return true;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        if (b == e || !Character.isUpperCase(s.charAt(b))) return true;
        String prev = s.substring(b, e);
        return TITLE_WORDS.contains(prev.toLowerCase(Locale.ROOT)) || full.contains(prev + " ");
    }

    /** A person named in the text outside quotes (or a quote's speaker), at an offset of the article. */
    record Mentioned(String name, int at, int line) {
    }

    /** Whom "he" and whom "she" would stand for at offset {@code at} ({@link #resolve} for each gender), and the last person named. */
    static Speakers.Pronouns pronouns(String t, List<Mentioned> mentioned, int at, int line,
                                      Map<String, Character> genders, String fallback, int fallbackAt) {
        String last = fallback;
        if (fallbackAt > at) fallback = ""; // "He added that if Hillary Clinton had won, “": not whom its own clause names later
        String he = resolve(t, mentioned, at, line, 'm', genders, fallback, fallbackAt);
        String she = resolve(t, mentioned, at, line, 'f', genders, fallback, fallbackAt);
        if (rivalled(t, he, 'm', mentioned, genders, fallback, fallbackAt, at)) he = "";
        if (rivalled(t, she, 'f', mentioned, genders, fallback, fallbackAt, at)) she = "";
        return new Speakers.Pronouns(he, she, last);
    }

    /** A sentence opened by a gendered noun: "The woman had several mutual friends ...", "Another woman, sitting ..., said", "His father said ...", "Price's mother said ...". */
    private static final Pattern GENDERED_SUBJECT = Pattern.compile(
            "(?:^|[.!?][\"”]?\\s+)(?:The|A|An|Another|His|Her|Their|This|That|\\p{Lu}\\p{L}*['’]s)\\s+(?:\\p{Ll}+\\s+)?(?:(?<f>" + Genders.FEMALE_NOUNS + ")|(?<m>" + Genders.MALE_NOUNS + "))\\b");

    /**
     * Whether "he"/"she" at {@code at} may as well stand for someone unnamed: {@code name}'s gender is
     * not known, and a sentence since {@code name} was last named opens on a noun of the pronoun's gender
     * ("Richie said ... The woman had ... “...,” she said"). Then the pronoun is left unresolved.
     */
    private static boolean rivalled(String t, String name, char g, List<Mentioned> mentioned, Map<String, Character> genders,
                                    String fallback, int fallbackAt, int at) {
        if (name.isEmpty() || genders.containsKey(name)) return false;
        int since = name.equals(fallback) ? fallbackAt : -1;
        for (Mentioned m : mentioned) if (m.name().equals(name) && m.at() < at) since = Math.max(since, m.at());
        return since >= 0 && since < at && strangerSince(t, since, at, g);
    }

    /** Whether a sentence between offsets {@code from} and {@code at} opens on a noun of gender {@code g} ("The woman had ..."). */
    static boolean strangerSince(String t, int from, int at, char g) {
        Matcher m = GENDERED_SUBJECT.matcher(t).region(from, at);
        while (m.find()) if ((g == 'f') == (m.group("f") != null)) return true;
        return false;
    }

    /**
     * The person "he" ({@code g = 'm'}) or "she" ({@code 'f'}) refers to at offset {@code at}: among
     * the persons named in this or the previous paragraph, the subject (first person named) of the
     * latest sentence that names one, when their gender does not rule them out (a sentence led by
     * the same pronoun keeps {@code fallback}, the last speaker); else the latest
     * person whose gender does not rule them out; else {@code fallback}. Gender is known only from
     * the cluster's own cues ({@link Genders#genders}); an unknown gender rules nobody out.
     */
    static String resolve(String t, List<Mentioned> mentioned, int at, int line, char g,
                                  Map<String, Character> genders, String fallback, int fallbackAt) {
        int last = -1;
        for (int i = 0; i < mentioned.size(); i++) {
            Mentioned m = mentioned.get(i);
            if (m.at() < at && m.line() >= line - 1) last = i;
        }
        if (last < 0) return fallback;
        // the last speaker named after every tracked person stays the referent unless ruled out
        if (!fallback.isEmpty() && fallbackAt > mentioned.get(last).at() && genders.getOrDefault(fallback, g) == g) {
            return fallback;
        }
        int from = sentenceStart(t, mentioned.get(last).at());
        // ... or was the speaker or subject of that same sentence ("Greene said that he had not looked into the Sheen matter")
        if (!fallback.isEmpty() && fallbackAt >= from && genders.getOrDefault(fallback, g) == g) return fallback;
        // "He added that ... Mitch McConnell ...": a sentence led by the pronoun keeps its referent
        if (!fallback.isEmpty() && t.startsWith(g == 'm' ? "He " : "She ", from)
                && genders.getOrDefault(fallback, g) == g) return fallback;
        for (int i = 0; i <= last; i++) {
            Mentioned m = mentioned.get(i);
            if (m.line() < line - 1 || m.at() < from) continue;
            if (genders.getOrDefault(m.name(), g) == g) return m.name();
            break;
        }
        for (int i = last; i >= 0; i--) {
            Mentioned m = mentioned.get(i);
            if (m.line() < line - 1) break;
            if (genders.getOrDefault(m.name(), g) == g) return m.name();
        }
        return fallback.isEmpty() || genders.getOrDefault(fallback, g) == g ? fallback : "";
    }

}

package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Referents.Mentioned;
import dev.precis.evidence.quotes.Speakers.Pronouns;

import dev.precis.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.isPartyMember;
import static dev.precis.evidence.names.Sentences.sentenceStart;

/**
 * The second reading of "he"/"she", for where the first gives no one: {@link Referents} tracks only the
 * persons whose gender the cluster states, so "Gov. Rick Scott filed suit. He said ..." resolves, but a person
 * the cluster never gives a gender cue for ("In Fort Lauderdale, Gillum appeared at a church. He said it also
 * includes ballots that “...”") is no candidate there. Here every person the cluster names in full is
 * tracked, and the same choice is made among them ({@link Referents#resolve}: the subject of the latest
 * sentence naming one, gender ruling out only where it is known), over this paragraph, the one before, and
 * further back through paragraphs that open on "He"/"She" and name no one ("Jennifer Rivers ... / She said
 * she still hears his last words. / “Mommy, ...” she said."). A quote's sentence that opens on a named person
 * gives the pronoun after the quote to that person ("Filmmaker Kenneth Lonergan, who won ..., cracked wise:
 * “...,” he said"), whom the last-speaker rule of {@link Quotes} may have passed over. Being a weaker reading
 * than the first, it stops sooner: a sentence opening on a noun of the pronoun's gender since that person was
 * named ("The woman had ...") leaves the pronoun unresolved whatever the person's known gender; a kin word right
 * before a name ("his mother, Fatima Johnson,") gives that person a gender where the cluster's cues give none;
 * a name after a lower-case word ("depicting New York", "of his Queensbridge Houses home") or a preposition,
 * inside a longer capitalised name, or written as a possessive is a place, a thing or an owner, not someone
 * about to speak.
 */
final class Antecedents {
    /** How many paragraphs back a chain of "he"/"she" paragraphs may carry a person. */
    private static final int MAX_CHAIN = 3;

    private final Map<String, String> longest;
    private final Set<String> persons;
    private final List<Mentioned> named = new ArrayList<>();
    /** Genders stated by a kin word right before the name, for persons the cluster's cues leave open. */
    private final Map<String, Character> kin = new HashMap<>();

    /** "mother, Fatima": a kin word and the name's first words after it, up to the surname. */
    private static final Pattern KIN_BEFORE = Pattern.compile("\\b(?:(?<f>" + Genders.FEMALE_NOUNS + ")|(?<m>" + Genders.MALE_NOUNS
            + ")),?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$");

    private Antecedents(Map<String, String> longest, Set<String> persons) {
        this.longest = longest;
        this.persons = persons;
    }

    /**
     * The persons of a cluster whose {@link dev.precis.evidence.names.Names#longestNames} are
     * {@code longest}: its full names that are a person's. Worked out once a cluster and shared by
     * its articles' trackers (it was worked out again for each article: at 100 articles, a hundred
     * passes over the cluster's names).
     */
    static Set<String> persons(Map<String, String> longest) {
        Set<String> persons = new HashSet<>();
        for (String name : longest.values()) {
            if (personName(name) && !isOrganisation(name) && !isPartyMember(name)) persons.add(name);
        }
        return persons;
    }

    /** Two or more words, the first and the last capitalised, the first no sentence opener ("But Watergate"), the last no initial ("I-- I"). */
    static boolean personName(String name) {
        String[] words = name.split(" ");
        String first = words[0], last = words[words.length - 1];
        return words.length > 1 && Character.isUpperCase(first.charAt(0)) && Character.isUpperCase(last.charAt(0))
                && !Lexicon.SENTENCE_OPENERS.contains(first.toLowerCase(Locale.ROOT)) && last.chars().anyMatch(Character::isLowerCase);
    }

    /**
     * The tracker for one article of a cluster whose {@link dev.precis.evidence.names.Names#longestNames} are
     * {@code longest} and whose {@link #persons} are {@code persons} (read, never changed).
     */
    static Antecedents of(Map<String, String> longest, Set<String> persons) {
        return new Antecedents(longest, persons);
    }

    /**
     * Reads the persons named in {@code s}, a stretch of the writer's words at article offset {@code offset};
     * in the same scan, adds those of {@code tracked} to {@code trackedOut} as {@link Referents#mentions} does.
     */
    void read(String s, int offset, int line, Set<String> tracked, List<Mentioned> trackedOut) {
        int from = named.size();
        Referents.mentions(s, offset, line, longest, tracked, trackedOut, persons, named);
        for (int k = named.size() - 1; k >= from; k--) {
            Mentioned m = named.get(k);
            int start = nameStart(s, m.at() - offset);
            String before = s.substring(Math.max(0, start - 40), start);
            if (afterLowerWord(before) || partOfLonger(s, m.at() - offset) || PREPOSITIONS.contains(firstWord(s, start))
                    || DefiniteNames.afterThe(s, start) || DefiniteNames.objectOf(before)) { // "The Rome Statute was", "At a 2007 World Conference,"
                named.remove(k);
                continue;
            }
            Matcher cue = KIN_BEFORE.matcher(s.substring(Math.max(0, m.at() - offset - 60), m.at() - offset));
            if (cue.find()) kin.putIfAbsent(m.name(), cue.group("f") != null ? 'f' : 'm');
        }
    }

    /**
     * "depicting New York in the depths of ...", "of his Queensbridge Houses home", "served as Mobb Deep's first
     * manager": a name right after a lower-case word other than a title ("senator Dean Heller") stands inside the
     * sentence, mostly as an object or a place, where a person about to speak is named at a sentence's start, after
     * a comma or after a capitalised word ("But Sen. John Cornyn", "In Fort Lauderdale, Gillum").
     */
    static boolean afterLowerWord(String before) {
        String word = lastWord(before);
        if (PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT))) return true; // "In Fort Lauderdale, Gillum appeared"
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || Lexicon.PERSON_TITLES.contains(word)) return false;
        String rest = before.substring(0, before.length() - word.length() - 1);
        // "..., and Rivlin referred to the trial as ...": a conjunction after a comma opens a clause, whose subject the name is
        if (CLAUSE_CONJUNCTIONS.contains(word) && rest.stripTrailing().endsWith(",")) return false;
        // "an angry Mayor Rahm Emanuel", "a bemused Jenkins", "Registered independent Russell Liddick": one word
        // describing the person, after an article or a sentence's capitalised first word
        String previous = lastWord(rest);
        if (DESCRIBING.contains(previous)) return false;
        String start = previous.isEmpty() ? rest : rest.substring(0, rest.length() - previous.length() - 1).stripTrailing();
        return previous.isEmpty() || !Character.isUpperCase(previous.charAt(0))
                || !(start.isEmpty() || start.endsWith(".") || start.endsWith("\n"));
    }

    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "while", "yet", "so", "as", "though", "although", "because");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "on", "of", "to", "for", "near", "into", "with", "by", "across", "outside", "inside");
    private static final Set<String> DESCRIBING = Set.of("a", "an", "the", "A", "An", "The");

    /**
     * "returning New York City to ...": a name that goes on into another capitalised word is a longer name's part;
     * "Rivlin’s office quotes the letter": a possessive name owns what the sentence is about, and is not who speaks.
     */
    static boolean partOfLonger(String s, int at) {
        int e = at;
        while (e < s.length() && (Character.isLetter(s.charAt(e)) || s.charAt(e) == '-')) e++;
        return e + 1 < s.length() && (s.charAt(e) == ' ' && Character.isUpperCase(s.charAt(e + 1))
                || (s.charAt(e) == '\'' || s.charAt(e) == '’') && s.charAt(e + 1) == 's');
    }

    /** Where the name whose last word starts at {@code at} starts: back over the capitalised words and initials before it. */
    private static int nameStart(String s, int at) {
        int start = at;
        while (start > 1 && s.charAt(start - 1) == ' ') {
            int b = start - 1;
            while (b > 0 && !Character.isWhitespace(s.charAt(b - 1))) b--;
            // a capitalised word or an initial of the name; one ending on a comma ("In Port Alder, Reed") is no part of it
            if (b == start - 1 || !Character.isUpperCase(s.charAt(b)) || !Character.isLetter(s.charAt(start - 2)) && s.charAt(start - 2) != '.') break;
            start = b;
        }
        return start;
    }

    /** The word of letters at {@code at}, lower case: "in" for "In Port Alder, Reed". */
    private static String firstWord(String s, int at) {
        int e = at;
        while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
        return s.substring(at, e).toLowerCase(Locale.ROOT);
    }

    /** The word of letters that {@code s} ends on before one space, as written; "" if none. */
    private static String lastWord(String s) {
        int e = s.length();
        if (e == 0 || s.charAt(e - 1) != ' ') return "";
        e--;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        return s.substring(b, e);
    }

    /** A quote's speaker counts as named at the quote's end. */
    void spoke(String speaker, int at, int line) {
        if (persons.contains(speaker)) named.add(new Mentioned(speaker, at, line));
    }

    /**
     * {@code refs} with each pronoun the persons of known gender left unresolved resolved among every person
     * named in full; the pronoun at article offset {@code at}, in paragraph {@code line}.
     */
    Pronouns fill(Pronouns refs, String t, Paragraphs paragraphs, int at, int line, Map<String, Character> genders) {
        if (named.isEmpty()) return refs;
        String opener = opener(t, at);
        if (opener != null) { // "Filmmaker Kenneth Lonergan, who won ..., cracked wise: “...,” he said": the sentence's own subject
            char g = genders.getOrDefault(opener, kin.getOrDefault(opener, ' '));
            refs = refs.standingFor(opener, g);
        }
        if (!refs.he().isEmpty() && !refs.she().isEmpty()) return refs;
        int reach = line - 1; // the earliest paragraph whose persons count
        while (reach > 0 && line - reach < MAX_CHAIN && (opensOnPronoun(paragraphs.line(reach)) || paragraphs.aside(reach) && Asides.noOneBefore(paragraphs, line, at, "", longest)) && !names(reach)) reach--;
        String he = refs.he().isEmpty() ? resolve(t, at, reach, 'm', genders) : refs.he();
        String she = refs.she().isEmpty() ? resolve(t, at, reach, 'f', genders) : refs.she();
        return new Pronouns(he, she, refs.last());
    }

    /**
     * The person named first in the sentence holding offset {@code at}, when the sentence opens on that name (past
     * capitalised words only: "But Sen. John Cornyn", "Filmmaker Kenneth Lonergan"); null otherwise.
     */
    private String opener(String t, int at) {
        int start = sentenceStart(t, at);
        // a closing quote mark before a lower-case word ends no sentence: “...,” cracked wise
        while (start > 2 && start < at && Character.isLowerCase(t.charAt(start)) && "\"”".indexOf(t.charAt(start - 2)) >= 0)
            start = sentenceStart(t, start - 2);
        for (Mentioned m : named) {
            if (m.at() < start || m.at() >= at) continue;
            return nameStart(t, m.at()) <= start ? m.name() : null;
        }
        return null;
    }

    /** "She said she still hears ...": a paragraph led by the pronoun goes on about the person before it. */
    private static boolean opensOnPronoun(String line) {
        return line.startsWith("He ") || line.startsWith("She ");
    }

    private boolean names(int line) {
        for (Mentioned m : named) if (m.line() == line) return true;
        return false;
    }

    private String resolve(String t, int at, int reach, char g, Map<String, Character> genders) {
        Map<String, Character> known = genders;
        if (!kin.isEmpty()) {
            known = new HashMap<>(genders);
            for (Map.Entry<String, Character> e : kin.entrySet()) known.putIfAbsent(e.getKey(), e.getValue());
        }
        // Referents reads "this or the previous paragraph" of the line it is given: the line after the reach
        String name = Referents.resolve(t, named, at, reach + 1, g, known, "", -1);
        if (name.isEmpty()) return "";
        int since = -1;
        for (Mentioned m : named) if (m.name().equals(name) && m.at() < at) since = Math.max(since, m.at());
        return since >= 0 && Referents.strangerSince(t, since, at, g) ? "" : name;
    }
}

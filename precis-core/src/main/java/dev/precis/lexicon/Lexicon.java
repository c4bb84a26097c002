package dev.precis.lexicon;

import dev.precis.model.PrecisFault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists every stage shares, kept as resources ({@code dev/precis/lexicon/*.txt}, one
 * lower-case entry a line) so that a list is defined once and changed in one place: calendar words,
 * person titles, clause openers, web debris words and institutions. Lists keep their file order, so
 * a regex alternation built from one ({@link #alternation}) is stable.
 */
public final class Lexicon {
    /** Monday to Sunday. */
    public static final List<String> WEEKDAYS = load("weekdays.txt");
    /** January to December. */
    public static final List<String> MONTHS = load("months.txt");
    /** "jan" to "dec" as abbreviated in news ("sept" and "sep" both; no "may"). */
    public static final List<String> MONTH_ABBREVIATIONS = load("month-abbreviations.txt");
    /** Weekdays and months. */
    public static final Set<String> CALENDAR = union(WEEKDAYS, MONTHS);
    /** Titles and roles before a person's name: "minister", "gen.", "spokeswoman", "russian". */
    public static final Set<String> PERSON_TITLES = Set.copyOf(load("person-titles.txt"));
    /** Conjunctions, pronouns, adverbs and speech verbs that may open a clause capitalised. */
    public static final Set<String> SENTENCE_OPENERS = Set.copyOf(load("sentence-openers.txt"));
    /** Coordinating conjunctions that may open a sentence, joining it to the one before: "and", "but", "so", "yet", "or", "nor". */
    public static final Set<String> OPENING_CONJUNCTIONS = Set.copyOf(load("opening-conjunctions.txt"));
    /** Closed-class words (determiners, prepositions, conjunctions, pronouns, auxiliaries, negation) no name or description ends on. */
    public static final Set<String> FUNCTION_WORDS = Set.copyOf(load("function-words.txt"));
    /** Page furniture words: "share", "advertisement", "continue reading". */
    public static final Set<String> WEB_DEBRIS_WORDS = Set.copyOf(load("web-debris-words.txt"));
    /** Institutions, countries and party letters before a name: "u.s.", "senate", "d". */
    public static final Set<String> INSTITUTION_WORDS = Set.copyOf(load("institution-words.txt"));

    private Lexicon() {
    }

    /** The words with a capital first letter ("monday" to "Monday"), in the same order. */
    public static List<String> capitalised(Collection<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) out.add(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return out;
    }

    /** {@code a|b|c} of the words as given (they hold no regex metacharacters), for a regex group. */
    public static String alternation(Collection<String> words) {
        return String.join("|", words);
    }

    /** A set of all the lists' words, in order of first appearance. */
    @SafeVarargs
    public static Set<String> union(Collection<String>... lists) {
        Set<String> out = new LinkedHashSet<>();
        for (Collection<String> l : lists) out.addAll(l);
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The words of {@code list} other than {@code except}. */
    public static Set<String> without(Collection<String> list, String... except) {
        Set<String> drop = Set.of(except);
        return list.stream().filter(w -> !drop.contains(w)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> load(String name) {
        String path = "/dev/precis/lexicon/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) throw new PrecisFault("word list missing from the classpath: " + path);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (w.isEmpty() || w.startsWith("#")) continue;
                if (!w.equals(w.toLowerCase(Locale.ROOT))) throw new PrecisFault(path + ": '" + w + "' is not lower case");
                out.add(w);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new PrecisFault("cannot read word list " + path + ": " + e.getMessage(), e);
        }
    }
}

package dev.precis.segment;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;
import dev.precis.model.PrecisFault;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence break that OpenNLP put after an abbreviation should be undone. The
 * abbreviations and their kinds live in {@code abbreviations.txt} next to this class; the file's
 * header explains each kind. Immutable and thread-safe.
 */
final class Abbreviations {
    enum Kind {
        TITLE, MONTH, PLACE, TIME, SUFFIX, ACRONYM, NUMBER, GENERIC, VERSUS, INITIAL,
        /**
         * A listed acronym closing a slash or hyphen compound ("South Korea/U.S.", "South Korean-U.S.",
         * "Sino-U.S."): the compound names a joint body, force or pact, so it modifies the name that
         * follows ("South Korea/U.S. Combined Forces Command", "Korean-U.S. Mutual Defense Treaty") far
         * more often than it ends a sentence; found by shape, never listed.
         */
        JOINT
    }

    private static final String RESOURCE = "abbreviations.txt";
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Set<String> TIME_FOLLOWERS = Lexicon.union(Lexicon.CALENDAR, Lexicon.MONTH_ABBREVIATIONS, Set.of(
            "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst",
            "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "local", "eastern", "central", "mountain",
            "pacific"));
    /**
     * Shortest word before a hyphen-glued acronym for a joint compound ("Sino-U.S.", "ROK-U.S."): a
     * party letter and a state ("Engel, D-N.Y.") ends a sentence as often as it goes on.
     */
    private static final int MIN_GLUED_WORD = 3;
    private static final String OPENERS = "\"'“‘([{«";

    static final Abbreviations DEFAULT = load();

    private final Map<String, Kind> kinds;

    private Abbreviations(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    private static Abbreviations load() {
        Map<String, Kind> kinds = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new PrecisFault("missing resource dev/precis/segment/" + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] parts = Spaces.split(line);
                if (parts.length != 2) {
                    throw new PrecisFault(RESOURCE + " line " + n + ": expected '<abbreviation> <kind>', got '" + line + "'");
                }
                kinds.put(parts[0], Kind.valueOf(parts[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PrecisFault("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new Abbreviations(kinds);
    }

    /** The kind of abbreviation {@code sentence} ends with, or null when it ends otherwise. */
    Kind endingOf(String sentence) {
        int end = sentence.length();
        while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) end--;
        if (end == 0 || sentence.charAt(end - 1) != '.') return null;
        int start = end;
        while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) start--;
        while (start < end && OPENERS.indexOf(sentence.charAt(start)) >= 0) start++;
        String last = sentence.substring(start, end);
        Kind kind = kinds.get(last);
        if (kind != null) return kind;
        int slash = last.lastIndexOf('/');
        if (slash > 0 && kinds.get(last.substring(slash + 1)) == Kind.ACRONYM) return Kind.JOINT;
        int hyphen = last.lastIndexOf('-');
        if (hyphen >= MIN_GLUED_WORD && kinds.get(last.substring(hyphen + 1)) == Kind.ACRONYM) return Kind.JOINT;
        if (INITIAL.matcher(last).matches()) return initialFollowsName(sentence, start) ? Kind.INITIAL : null;
        if (ACRONYM.matcher(last).matches()) return Kind.INITIAL; // unlisted: a name's initials (J.R.R.)
        return null;
    }

    /**
     * "John F." and a bare "F." are initials, and so is "3100 N." (a street direction after a number);
     * "Plan b." is not, nor is "... in group B." after a lowercase word.
     */
    private static boolean initialFollowsName(String sentence, int initialStart) {
        int end = initialStart;
        while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) end--;
        if (end == 0) return true;
        int start = end;
        while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) start--;
        while (start < end && OPENERS.indexOf(sentence.charAt(start)) >= 0) start++;
        if (start >= end) return false;
        if (Character.isUpperCase(sentence.charAt(start))) return true;
        for (int i = start; i < end; i++) if (!Character.isDigit(sentence.charAt(i))) return false;
        return "NSEW".indexOf(sentence.charAt(initialStart)) >= 0;
    }

    /** True when a sentence ending with an abbreviation of {@code kind} continues into {@code next}. */
    boolean continues(Kind kind, String next) {
        int i = 0;
        while (i < next.length() && Character.isWhitespace(next.charAt(i))) i++;
        if (i == next.length()) return false;
        char c = next.charAt(i);
        if (",;:)]}".indexOf(c) >= 0) return true;
        while (i < next.length() && OPENERS.indexOf(next.charAt(i)) >= 0) i++;
        if (i == next.length()) return false;
        c = next.charAt(i);
        boolean lower = Character.isLowerCase(c);
        boolean digit = Character.isDigit(c);
        if (lower || digit) return kind != Kind.NUMBER || digit;
        if (!Character.isUpperCase(c)) return false;
        int j = i;
        while (j < next.length() && (Character.isLetter(next.charAt(j)) || next.charAt(j) == '\'')) j++;
        String word = next.substring(i, j).toLowerCase(Locale.ROOT);
        switch (kind) {
            case TITLE:
                return true;
            case MONTH:
            case PLACE:
            case INITIAL:
            case VERSUS:
            case JOINT:
                return !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word) && !COMMON_STARTERS.contains(word);
            case TIME:
                return TIME_FOLLOWERS.contains(word);
            default:
                return false;
        }
    }

    /**
     * Where a sentence ends on a listed acronym inside one span: "... in the U.S. Also, Kroll was
     * ...". The model kept such a sentence and the next one together (it read "U.S." as not ending
     * anything), and the merge pass only undoes splits. A listed acronym followed by a capitalised
     * stop word or a common sentence opener ends its sentence, the same reading {@link #continues}
     * gives when the model did split there; "U.S. Army" or "U.N. Security" are left alone. An acronym
     * glued to a word ("Korean-U.S. The", "Korea/U.S. The") is read the same, as {@link #endingOf}
     * reads it ({@link Kind#JOINT}: it ends only before a stop word or a common opener).
     *
     * @return offsets in {@code t} just after each such acronym
     */
    List<Integer> acronymEnds(String t) {
        List<Integer> ends = new ArrayList<>(1);
        Matcher m = ACRONYM_BEFORE_WORD.matcher(t);
        while (m.find()) {
            if (kinds.get(m.group(1)) != Kind.ACRONYM) continue;
            String word = m.group(2).toLowerCase(Locale.ROOT);
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word) || COMMON_STARTERS.contains(word)) ends.add(m.end(1));
        }
        return ends;
    }

    /** A dotted acronym after a space or the start, a space, then a capitalised word ending at a non-letter. */
    private static final Pattern ACRONYM_BEFORE_WORD = Pattern.compile("(?<![\\p{L}.])((?:\\p{Lu}\\.){2,})\\s+[\"“]?(\\p{Lu}\\p{Ll}*)(?![\\p{L}'’-])");

    /** Capitalised words that usually open a sentence, beyond Lucene's stop words. */
    private static final Set<String> COMMON_STARTERS = Set.of(
            "he", "she", "we", "i", "you", "his", "her", "its", "our", "their", "after", "before",
            "when", "while", "since", "although", "however", "meanwhile", "also", "in", "on", "at",
            "for", "from", "as", "what", "who", "how", "why", "where", "both", "some", "many",
            "most", "all", "one", "two", "three", "last", "earlier", "later", "yet", "still");
}

package dev.precis.evidence.align;

import dev.precis.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Series of three or more names that share one part in a fact ("Minnesota, Iowa and Wisconsin
 * activated National Guard troops"). A sentence of another article that names some of them and
 * not the others states the fact of fewer actors ("Iowa and Wisconsin activated ..."): part of it.
 * Two names joined by "and" are no series: "the border with Mexico and Sen. John McCain defended"
 * joins two clauses.
 */
final class NamedSeries {
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}.'’-]*(?: \\p{Lu}[\\p{L}\\p{N}.'’-]*)*";
    private static final Pattern SERIES = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + NAME + "(?:, " + NAME + ")+),? (?:and|or) (" + NAME + ")(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.'’-]+");

    private NamedSeries() {
    }

    /**
     * Whether {@code other} names some members of a series of {@code sentence} but not all, each
     * member known by its last word ("McCain" for "Sen. John McCain").
     */
    static boolean namesOnlySome(String sentence, String other) {
        return namesOnlySome(of(sentence), other);
    }

    /** As {@link #namesOnlySome(String, String)}, with the sentence's series already read ({@link #of}). */
    static boolean namesOnlySome(List<List<String>> seriesOfSentence, String other) {
        if (seriesOfSentence.isEmpty()) return false;
        List<String> words = words(other);
        for (List<String> series : seriesOfSentence) {
            int named = 0;
            for (String member : series) if (words.contains(member)) named++;
            if (named > 0 && named < series.size()) return true;
        }
        return false;
    }

    /**
     * The series of {@code sentence}, each as its members' last words. A capitalised word that
     * opens a clause ("Meanwhile, Iowa, Ohio and Utah") is no member.
     */
    static List<List<String>> of(String sentence) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = SERIES.matcher(sentence);
        while (m.find()) {
            List<String> members = new ArrayList<>();
            for (String name : (m.group(1) + ", " + m.group(2)).split(", ")) {
                String last = name.substring(name.lastIndexOf(' ') + 1);
                if (!Lexicon.SENTENCE_OPENERS.contains(last.toLowerCase(Locale.ROOT))) members.add(last);
            }
            if (members.size() >= 3) out.add(members);
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}

package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event next to a quantity for {@link SameQuantity}: the few words by a number inside its
 * clause that say what happened to what it counts ("was carrying about 250 passengers"), stemmed,
 * with synonyms of one event made one class.
 */
public final class EventWords {
    /** Words next to a number, on either side, that may name its event ("cost", "rescued"). */
    static final int CONTEXT_WORDS = 4;

    /** Words that never name an event: auxiliaries, reporting verbs, hedges. */
    private static final Set<String> NOT_EVENT = Set.of(
            "would", "could", "should", "may", "might", "can", "has", "have", "had", "been", "were", "being",
            "said", "say", "says", "told", "according", "still", "now", "also", "just", "only", "some", "more",
            "than", "about", "well", "when", "who", "which", "what", "after", "before", "while", "from", "over",
            "under", "total", "estimated", "reported", "other", "new", "all", "its", "his", "her", "them", "him",
            "our", "we", "he", "she", "did", "do", "does", "least", "most", "including", "among", "far",
            "nearly", "around", "almost", "roughly", "up", "down", "out", "since", "so", "very", "per",
            "officials", "official", "police",
            // the English stop words of the analysis chain
            "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
            "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
            "will", "with");
    /** Event words that report one happening in different words, reduced to one class. */
    static final Map<String, String> EVENT_CLASS = new HashMap<>();

    static {
        for (String w : List.of("destroi", "collaps", "damag", "flatten", "level", "raz", "wreck")) EVENT_CLASS.put(w, "destroy");
        for (String w : List.of("kill", "di", "dead", "death", "perish")) EVENT_CLASS.put(w, "die");
        for (String w : List.of("injur", "injuri", "wound", "hurt", "hospitalis", "hospitaliz")) EVENT_CLASS.put(w, "injure");
        for (String w : List.of("rescu", "sav", "pull")) EVENT_CLASS.put(w, "rescue");
        for (String w : List.of("evacuat", "displac", "fle", "fled", "forc", "mov", "relocat")) EVENT_CLASS.put(w, "evacuate");
        for (String w : List.of("cost", "pric", "worth")) EVENT_CLASS.put(w, "cost");
        for (String w : List.of("arrest", "detain", "held", "custodi")) EVENT_CLASS.put(w, "arrest");
        for (String w : List.of("miss", "unaccount")) EVENT_CLASS.put(w, "missing");
        for (String w : List.of("carri", "aboard", "board")) EVENT_CLASS.put(w, "carry");
        for (String w : List.of("gather", "ralli", "march", "protest", "demonstrat")) EVENT_CLASS.put(w, "rally");
    }

    private EventWords() {
    }

    /**
     * A light suffix stripper, enough to meet "carrying", "carried" and "carry" ("carri"), "damaged"
     * and "damage" ("damag"); cheaper than an analysis chain, and only compared with itself.
     */
    static String stem(String w) {
        int n = w.length();
        String s = w;
        if (n > 5 && s.endsWith("ing")) s = s.substring(0, n - 3);
        else if (n > 4 && s.endsWith("ied")) s = s.substring(0, n - 3) + "i";
        else if (n > 4 && s.endsWith("ies")) s = s.substring(0, n - 3) + "i";
        else if (n > 4 && s.endsWith("ed")) s = s.substring(0, n - 2);
        else if (n > 4 && s.endsWith("es")) s = s.substring(0, n - 2);
        else if (n > 3 && s.endsWith("s") && !s.endsWith("ss")) s = s.substring(0, n - 1);
        if (s.length() > 4 && s.endsWith("e")) s = s.substring(0, s.length() - 1);
        if (s.endsWith("y")) s = s.substring(0, s.length() - 1) + "i";
        return s;
    }

    /**
     * The words next to a mention that may say what happened to what it counts: up to
     * {@value #CONTEXT_WORDS} lower-case words on each side, inside its clause (not past a comma,
     * a colon or a quotation mark), stemmed, reporting words and hedges left out, synonyms of one
     * event ("collapsed", "destroyed") made one. Computed once per mention, on demand.
     */
    static Set<String> context(Mention m, List<Set<String>> cache, int i) {
        Set<String> c = cache.get(i);
        if (c == null) {
            c = eventWords(m);
            cache.set(i, c);
        }
        return c;
    }

    /**
     * {@link #context} found. Each step is a method of its own: as one method this was among the
     * largest the JIT compiled for a big cluster.
     */
    private static Set<String> eventWords(Mention m) {
        String t = m.sentence().text();
        int from = m.start() - m.sentence().start(), to = m.end() - m.sentence().start();
        StringBuilder words = new StringBuilder();
        for (String w : wordsBefore(t, from)) words.append(w).append(' ');
        wordsAfter(t, to, words);
        String kept = kept(words.toString());
        Set<String> out = new HashSet<>();
        if (kept.length() > 0) {
            for (String w : kept.split(" ")) {
                if (w.length() < 3) continue;
                String term = stem(w);
                out.add(EVENT_CLASS.getOrDefault(term, term));
            }
            if (!m.noun().isEmpty()) out.remove(stem(m.noun().toLowerCase(Locale.ROOT))); // compared apart
        }
        return out;
    }

    /** Up to {@value #CONTEXT_WORDS} words before {@code from}, nearest first, back to the clause start. */
    private static List<String> wordsBefore(String t, int from) {
        int k = from;
        List<String> before = new ArrayList<>();
        while (k > 0 && before.size() < CONTEXT_WORDS) {
            int e = k;
            while (e > 0 && t.charAt(e - 1) == ' ') e--;
            if (e == 0 || ",;:()\"“”".indexOf(t.charAt(e - 1)) >= 0) break;
            int b = e;
            while (b > 0 && t.charAt(b - 1) != ' ' && ",;:()\"“”".indexOf(t.charAt(b - 1)) < 0) b--;
            before.add(t.substring(b, e));
            k = b;
        }
        return before;
    }

    /** Appends up to {@value #CONTEXT_WORDS} words after {@code to}, up to the clause end, each with a space. */
    private static void wordsAfter(String t, int to, StringBuilder words) {
        int k = to;
        int count = 0;
        while (k < t.length() && count < CONTEXT_WORDS) {
            int b = k;
            while (b < t.length() && t.charAt(b) == ' ') b++;
            if (b >= t.length() || ",;:()\"“”.".indexOf(t.charAt(b)) >= 0) break;
            int e = b;
            while (e < t.length() && t.charAt(e) != ' ' && ",;:()\"“”".indexOf(t.charAt(e)) < 0) e++;
            words.append(t, b, e).append(' ');
            count++;
            k = e;
        }
    }

    /** The lower-case words of {@code words} that may name an event, a final full stop cut, each with a space. */
    private static String kept(String words) {
        StringBuilder kept = new StringBuilder();
        for (String w : words.split(" ")) {
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) continue;
            String lw = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (NOT_EVENT.contains(lw) || lw.chars().anyMatch(Character::isDigit) || NumberWords.isNumberWord(lw)) continue;
            kept.append(lw).append(' ');
        }
        return kept.toString();
    }
}

package dev.precis.select;

import dev.precis.model.ClusterText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The acronyms a cluster spells out, for {@link Introductions}: which sentences mention one and
 * which name it bare, under keys of their own ({@link #KEY}) beside the person words.
 */
final class Acronyms {
    private Acronyms() {
    }

    /** Prefix of the keys of acronyms the cluster spells out somewhere. */
    static final String KEY = "acronym ";
    /** The fewest letters of an acronym that counts: two-letter ones ("US", "UN") are read as words. */
    private static final int ACRONYM_MIN = 3;
    private static final int ACRONYM_MAX = 6;

    /**
     * An acronym that the cluster spells out somewhere as a run of capitalised words with its
     * letters as initials ("CAPA" and "College Athletes Players Association") is, like a surname,
     * someone or something the reader must have met: a sentence that uses it without spelling it out
     * names it bare, and any sentence that uses either form mentions it. An acronym that some article
     * uses without spelling it out ("CIA", "NASA") is taken as known.
     */
    static void add(ClusterText text, List<List<RunWords.Word>> toks, List<Set<String>> bare, List<Set<String>> mentions) {
        // Each pass is a method of its own: as one method, its loops made the JIT compile all of them,
        // with everything they call, from inside the first hot loop (an on-stack replacement of 68 kB of
        // code, the longest compile of a fresh JVM's first big clusters).
        Set<String> used = used(toks);
        if (used.isEmpty()) return;
        List<Set<String>> spelled = new ArrayList<>(toks.size());
        Set<String> defined = new HashSet<>();
        for (List<RunWords.Word> t : toks) {
            Set<String> here = spelledIn(t, used);
            spelled.add(here);
            defined.addAll(here);
        }
        if (defined.isEmpty()) return;
        keepSpelledWhereUsed(text, toks, spelled, defined);
        if (defined.isEmpty()) return;
        mark(toks, spelled, defined, bare, mentions);
    }

    /** The acronyms the sentences use. */
    private static Set<String> used(List<List<RunWords.Word>> toks) {
        Set<String> used = new HashSet<>();
        for (List<RunWords.Word> t : toks) for (RunWords.Word w : t) if (isAcronym(w)) used.add(w.word());
        return used;
    }

    /** The {@code used} acronyms that one sentence's runs of capitalised words spell out. */
    private static Set<String> spelledIn(List<RunWords.Word> t, Set<String> used) {
        Set<String> here = Set.of();
        for (int k = 0; k < t.size(); k++) {
            RunWords.Word w = t.get(k);
            // fewer words than an acronym's letters spell none: most runs are one or two words
            if (!w.cap || w.runIndex != 0 || w.runLength < ACRONYM_MIN) continue;
            // Every stretch of the run as long as an acronym: "The College Athletes Players Association" holds "CAPA".
            for (int from = k; from < k + w.runLength; from++) {
                StringBuilder initials = new StringBuilder();
                for (int to = from; to < k + w.runLength && initials.length() < ACRONYM_MAX; to++) {
                    initials.append(t.get(to).word().charAt(0));
                    if (initials.length() >= ACRONYM_MIN && used.contains(initials.toString())) {
                        if (here.isEmpty()) here = new HashSet<>();
                        here.add(initials.toString());
                    }
                }
            }
        }
        return here;
    }

    /**
     * An article that uses the acronym and never spells it out shows that its writer took it as
     * known ("CIA"): only acronyms that every article using them spells out stay in {@code defined}.
     */
    private static void keepSpelledWhereUsed(ClusterText text, List<List<RunWords.Word>> toks, List<Set<String>> spelled,
                                             Set<String> defined) {
        Map<Integer, Set<String>> usedIn = new HashMap<>(), spelledIn = new HashMap<>();
        for (int i = 0; i < toks.size(); i++) {
            int article = text.sentence(i).article();
            spelledIn.computeIfAbsent(article, k -> new HashSet<>()).addAll(spelled.get(i));
            for (RunWords.Word w : toks.get(i)) if (isAcronym(w) && defined.contains(w.word())) usedIn.computeIfAbsent(article, k -> new HashSet<>()).add(w.word());
        }
        for (var e : usedIn.entrySet()) {
            for (String a : e.getValue()) if (!spelledIn.get(e.getKey()).contains(a)) defined.remove(a);
        }
    }

    /** The sentences that mention a {@code defined} acronym, and those that name it bare. */
    private static void mark(List<List<RunWords.Word>> toks, List<Set<String>> spelled, Set<String> defined,
                             List<Set<String>> bare, List<Set<String>> mentions) {
        for (int i = 0; i < toks.size(); i++) {
            for (String a : spelled.get(i)) {
                if (!defined.contains(a)) continue;
                if (mentions.get(i).isEmpty()) mentions.set(i, new HashSet<>());
                mentions.get(i).add(KEY + a);
            }
            for (RunWords.Word w : toks.get(i)) {
                if (!isAcronym(w) || !defined.contains(w.word())) continue;
                if (mentions.get(i).isEmpty()) mentions.set(i, new HashSet<>());
                mentions.get(i).add(KEY + w.word());
                // "mild traumatic brain injury (TBI)": an acronym in brackets follows the words it
                // stands for, whatever their case, so the sentence gives it, not names it bare.
                if (spelled.get(i).contains(w.word()) || w.bracketed()) continue;
                if (bare.get(i).isEmpty()) bare.set(i, new HashSet<>());
                bare.get(i).add(KEY + w.word());
            }
        }
    }

    /** A word of {@link #ACRONYM_MIN} to {@link #ACRONYM_MAX} capital letters and nothing else. */
    private static boolean isAcronym(RunWords.Word w) {
        String word = w.word();
        if (word.length() < ACRONYM_MIN || word.length() > ACRONYM_MAX) return false;
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) < 'A' || word.charAt(i) > 'Z') return false;
        return true;
    }
}

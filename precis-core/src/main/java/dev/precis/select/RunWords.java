package dev.precis.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence's words, each with its place in its run of capitalised words ("Ways and Means Chairman
 * Dave Camp"): what {@link Introductions} and {@link Acronyms} read names from. Read by hand rather
 * than by a regular expression or the tokenizer, since this runs over every word of a cluster.
 */
final class RunWords {
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:who\\b|\\d{1,3},)");
    /** Courtesy titles, which join the name after them into one run even with a full stop ("Mr. Camp"). */
    static final Set<String> COURTESY = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss");

    private RunWords() {
    }

    /**
     * A word of a sentence with where it stands in its run of capitalised words. Its strings are made
     * on first use: most words are lower case, and of those only a speaker's neighbours are read.
     */
    static final class Word {
        final String sentence;
        final int start, end;
        final boolean cap;
        private String word, lower, key;
        int runIndex, runLength;

        Word(String sentence, int start, int end) {
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.cap = Character.isUpperCase(sentence.charAt(start)) && hasLower(sentence, start + 1, end);
        }

        String word() {
            if (word == null) word = sentence.substring(start, end);
            return word;
        }

        String lower() {
            if (lower == null) lower = word().toLowerCase(Locale.ROOT);
            return lower;
        }

        String key() {
            if (key == null) {
                String k = lower();
                if (k.endsWith("'s") || k.endsWith("’s")) k = k.substring(0, k.length() - 2);
                else if (k.endsWith("'") || k.endsWith("’")) k = k.substring(0, k.length() - 1);
                if (k.endsWith(".")) k = k.substring(0, k.length() - 1);
                key = k;
            }
            return key;
        }

        /** Followed by an appositive that only a person takes: "Kuisis, who ...", "Kuisis, 41, ...". */
        boolean appositive() {
            return end < sentence.length() && sentence.charAt(end) == ',' && APPOSITIVE.matcher(sentence).region(end, sentence.length()).lookingAt();
        }

        /** Alone in round brackets: "(TBI)". */
        boolean bracketed() {
            return start > 0 && sentence.charAt(start - 1) == '(' && end < sentence.length() && sentence.charAt(end) == ')';
        }

        private static boolean hasLower(String s, int from, int to) {
            for (int i = from; i < to; i++) if (Character.isLowerCase(s.charAt(i))) return true;
            return false;
        }
    }

    /**
     * The sentence's words, each with its place in its run of capitalised words. Called once per
     * sentence, so the JIT compiles this loop on stack as well as whole: it is kept to finding words,
     * and what a word does to the run is a call of its own ({@link Runs#word}), compiled once apart
     * instead of inside both (the one loop had been compiled twice at 8-9 kB of inlined code each).
     */
    static List<Word> of(String sentence) {
        Runs runs = new Runs(sentence);
        for (int start = nextWord(sentence, 0); start >= 0; start = nextWord(sentence, runs.lastEnd)) runs.word(start);
        return runs.end();
    }

    /** The words read so far, and the run of capitalised words being read. */
    private static final class Runs {
        private final String sentence;
        private final List<Word> out = new ArrayList<>();
        private final List<Word> run = new ArrayList<>();
        private int lastEnd = -1;
        private boolean prevJoins;

        Runs(String sentence) {
            this.sentence = sentence;
        }

        /** Reads the word that starts at {@code start}: it extends the run of capitalised words or ends it. */
        void word(int start) {
            int end = wordEnd(sentence, start);
            boolean joins = lastEnd >= 0 && prevJoins && blank(sentence, lastEnd, start);
            // "Christopher R. Miller": a middle initial stays in the name's run (as no name word of its own).
            boolean initial = joins && middleInitial(sentence, start, end);
            Word t = new Word(sentence, start, end);
            if ((t.cap || initial) && joins) {
                run.add(t);
            } else {
                close(run);
                run.clear();
                if (t.cap) run.add(t);
            }
            // A word ending in a possessive or a full stop closes its run ("Kinkade's paintings").
            prevJoins = initial || t.cap && !endsPossessive(sentence, start, end)
                    && !(sentence.charAt(end - 1) == '.' && !COURTESY.contains(t.lower()) && end - start > 2);
            out.add(t);
            lastEnd = end;
        }

        /** Closes the last run; the sentence's words. */
        List<Word> end() {
            close(run);
            return out;
        }
    }

    /**
     * Whether the word {@code s[start, end)} ends in "'s" or an apostrophe, either apostrophe, in
     * either case: what its lower-case form's {@code endsWith("'s")} and {@code endsWith("'")} tell,
     * read on the sentence without making the word's strings (only 'S' lower-cases to 's').
     */
    static boolean endsPossessive(String s, int start, int end) {
        char last = s.charAt(end - 1);
        if (last == '\'' || last == '’') return true;
        if (last != 's' && last != 'S' || end - start < 2) return false;
        char before = s.charAt(end - 2);
        return before == '\'' || before == '’';
    }

    /** A capital letter and a full stop followed by a capitalised word: a middle initial within a name. */
    private static boolean middleInitial(String s, int start, int end) {
        return end == start + 2 && s.charAt(start + 1) == '.' && Character.isUpperCase(s.charAt(start))
                && end + 1 < s.length() && s.charAt(end) == ' ' && Character.isUpperCase(s.charAt(end + 1));
    }

    /**
     * Words are a letter, then letters, combining marks, apostrophes and hyphens, then at most one
     * full stop ("Mr.", "O’Neill", "Jean-Luc"): the regular expression
     * {@code [\p{L}][\p{L}\p{M}'’\-]*\.?} read by hand, since this runs over every sentence.
     * Where the next word starts, from {@code from}, or -1.
     */
    private static int nextWord(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) return i;
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the word that starts at {@code start} ends (see {@link #nextWord}). */
    private static int wordEnd(String s, int start) {
        int i = start + Character.charCount(s.codePointAt(start));
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!(Character.isLetter(c) || isMark(c) || c == '\'' || c == '’' || c == '-')) break;
            i += Character.charCount(c);
        }
        return i < s.length() && s.charAt(i) == '.' ? i + 1 : i;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether {@code s} holds only white space from {@code from} to {@code to} (no substring made). */
    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(s.charAt(i))) return false;
        return true;
    }

    private static void close(List<Word> run) {
        for (int i = 0; i < run.size(); i++) {
            run.get(i).runIndex = i;
            run.get(i).runLength = run.size();
        }
    }

    /** The words {@link #of} reads, for tests. */
    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        for (Word t : of(sentence)) out.add(t.word());
        return out;
    }
}

package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.evidence.names.Names;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People a sentence names only by a surname or a first name ("Camp told reporters", "Mr Rawlins
 * said", "Serennah said") although the cluster gives their full name somewhere ("Dave Camp"). Out of
 * its article such a sentence names someone the reader never met, so selection takes it only once
 * the summary mentions that person, and ordering puts it after that mention.
 *
 * <p>A name counts as a person's when the cluster has it as the last two words of a capitalised run
 * ("Ways and Means Chairman Dave Camp") that is no organisation, and also uses it on its own as a
 * speaker ("Camp said", "said Camp"), after a courtesy title ("Mr Camp"), before an appositive
 * only a person takes ("Kuisis, who ...", "Kuisis, 41, ..."), as a sentence's subject that "his" or
 * "her" soon follows ("Davis formally announced her campaign") or in the possessive before what only
 * a person has ("Kuiper's face", "Thatcher's husband").
 *
 * <p>Things are introduced the same way: a sentence whose subject is a definite noun pointing back
 * ({@link DefiniteOpening}: "The team found ...") names it bare, and any sentence using the noun
 * mentions it (keys {@link #THING} + the noun); so does a counted definite noun anywhere in a sentence
 * ({@link CountedDefinite}: "the four statues").
 */
public final class Introductions {
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "adds", "wrote",
            "writes", "explained", "declared", "noted", "recalled", "insisted", "argued", "continued", "asked",
            "stated", "tweeted", "testified", "replied", "described", "acknowledged", "admitted", "stressed",
            "announced", "posted", "warned", "urged", "believes", "thinks", "wants", "called");
    private static final java.util.regex.Pattern APPOSITIVE = java.util.regex.Pattern.compile(",\\s+(?:who\\b|\\d{1,3},)");
    private static final Set<String> COURTESY = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss");

    /** The cluster's introductions, worked out once and shared by selection and ordering. */
    public static final ClusterAnalysis.Key<Introductions> OF_CLUSTER = ClusterAnalysis.Key.of("introductions", a -> of(a.text(), a.get(CasedArticles.OF_CLUSTER)));

    /** Per sentence id: the person words (lower case) it uses without the full name, and the things it names bare. */
    private final List<Set<String>> bare;
    /** Per sentence id: every person word (lower case) and thing it mentions, full or bare. */
    private final List<Set<String>> mentions;

    private Introductions(List<Set<String>> bare, List<Set<String>> mentions) {
        this.bare = bare;
        this.mentions = mentions;
    }

    /** The person words each sentence of {@code text} mentions and those it mentions bare. */
    public static Introductions of(ClusterText text) {
        return of(text, new CasedArticles(text));
    }

    private static Introductions of(ClusterText text, CasedArticles cased) {
        int n = text.size();
        List<List<Tok>> toks = new ArrayList<>(n);
        Set<String> full = new HashSet<>();     // words seen as the last or first of a full name
        Set<String> speaker = new HashSet<>();  // words seen alone as a speaker or after a courtesy title
        for (int i = 0; i < n; i++) {
            List<Tok> t = tokens(text.sentence(i).text());
            toks.add(t);
            for (int k = 0; k < t.size(); k++) {
                Tok w = t.get(k);
                if (!w.cap) continue;
                if (w.runLength >= 2 && w.runIndex == w.runLength - 1) {
                    Tok f = t.get(k - 1);
                    if (personPair(f, w)) {
                        full.add(w.key());
                        full.add(f.key());
                    }
                }
                boolean alone = w.runLength == 1 || w.runLength == 2 && w.runIndex == 1 && COURTESY.contains(t.get(k - 1).lower());
                if (!alone) continue;
                if (k + 1 < t.size() && SPEECH.contains(t.get(k + 1).key()) && !t.get(k + 1).cap) speaker.add(w.key());
                if (k > 0 && SPEECH.contains(t.get(k - 1).key()) && !t.get(k - 1).cap) speaker.add(w.key());
                if (w.runLength == 2 || w.appositive() || k == 0 && possessiveFollows(t)) speaker.add(w.key());
                if (w.runLength == 1 && k + 1 < t.size() && ownsPersonally(w, t.get(k + 1))) speaker.add(w.key());
            }
        }
        Set<String> people = new HashSet<>(speaker);
        people.retainAll(full);
        List<Set<String>> bare = new ArrayList<>(n), mentions = new ArrayList<>(n);
        mentionsOf(toks, people, bare, mentions);
        introducedInFull(toks, bare);
        addDefiniteNouns(text, cased, toks, bare, mentions);
        Acronyms.add(text, toks, bare, mentions);
        return new Introductions(bare, mentions);
    }

    /**
     * Per sentence of {@code toks}, adds to {@code mentions} the words of {@code people} it uses and to {@code bare}
     * those it uses without their full name. Each pass over the cluster's words is a method of its own: in one
     * method, the JIT compiled them on stack together from the first loop's entry: the costliest compile of a summary.
     */
    private static void mentionsOf(List<List<Tok>> toks, Set<String> people, List<Set<String>> bare, List<Set<String>> mentions) {
        for (int i = 0; i < toks.size(); i++) {
            Set<String> b = Set.of(), m = Set.of();
            List<Tok> t = toks.get(i);
            for (int k = 0; k < t.size(); k++) {
                Tok w = t.get(k);
                if (!w.cap || !people.contains(w.key())) continue;
                if (m.isEmpty()) m = new HashSet<>();
                m.add(w.key());
                if (!introducedHere(t, k) && !namesOrganisation(t, k)) {
                    if (b.isEmpty()) b = new HashSet<>();
                    b.add(w.key());
                }
            }
            bare.add(b);
            mentions.add(m);
        }
    }

    /** A sentence that gives the full name anywhere introduces it for its own bare uses too. */
    private static void introducedInFull(List<List<Tok>> toks, List<Set<String>> bare) {
        for (int i = 0; i < toks.size(); i++) {
            if (bare.get(i).isEmpty()) continue;
            Set<String> fullHere = new HashSet<>();
            List<Tok> t = toks.get(i);
            for (int k = 0; k < t.size(); k++) if (t.get(k).cap && introducedHere(t, k)) fullHere.add(t.get(k).key());
            bare.get(i).removeAll(fullHere);
        }
    }

    /** Prefix of the keys of things a definite subject points back to, apart from people's name words. */
    static final String THING = "the ";

    /**
     * A sentence whose subject is a definite noun that points back ({@link DefiniteOpening}) names
     * that thing bare, as a surname names a person: it reads after a sentence that mentions the noun.
     */
    private static void addDefiniteNouns(ClusterText text, CasedArticles cased, List<List<Tok>> toks, List<Set<String>> bare, List<Set<String>> mentions) {
        int n = text.size();
        String[] opens = new String[n];
        String[] others = null; // "another council member said": named bare, but not by the sentence before ({@link AnotherSpeaker})
        Set<String> nouns = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String noun = DefiniteOpening.noun(text.sentence(i));
            if (noun == null) {
                noun = CountedDefinite.noun(text.sentence(i).text());
                if (noun != null && !cased.of(text.sentence(i).article())) noun = null;
            }
            if (noun == null) {
                String another = AnotherSpeaker.noun(text.sentence(i).text());
                if (another != null) {
                    if (others == null) others = new String[n];
                    others[i] = DefiniteOpening.stem(another);
                    nouns.add(others[i]);
                }
                continue;
            }
            opens[i] = DefiniteOpening.stem(noun);
            nouns.add(opens[i]);
        }
        if (nouns.isEmpty()) return;
        NounForms forms = new NounForms(nouns);
        for (int i = 0; i < n; i++) {
            for (Tok w : toks.get(i)) {
                String stem = forms.stemOf(w);
                if (stem == null) continue;
                if (mentions.get(i).isEmpty()) mentions.set(i, new HashSet<>());
                mentions.get(i).add(THING + stem);
            }
            String named = opens[i] != null ? opens[i] : others != null ? others[i] : null;
            if (named == null) continue;
            if (bare.get(i).isEmpty()) bare.set(i, new HashSet<>());
            bare.get(i).add(THING + named);
        }
        // The sentence just before it in its article introduces the thing too, in other words ("a new
        // transit budget ... The plan adds forty buses"), as it gives a pronoun its antecedent.
        for (int i = 0; i < n; i++) {
            if (opens[i] == null) continue;
            Sentence s = text.sentence(i);
            List<Sentence> own = text.sentencesOf(s.article());
            int p = s.position() - 1;
            if (p < 0 || p >= own.size() || own.get(p).position() != p) continue;
            int before = own.get(p).id();
            if (mentions.get(before).isEmpty()) mentions.set(before, new HashSet<>());
            mentions.get(before).add(THING + opens[i]);
        }
    }

    /**
     * A cluster's definite nouns, and a test that rules most words out by their first two letters
     * before any is cut out, lower-cased and stemmed: this runs over every word of the cluster. A
     * stem keeps its word's first two letters, so a word whose first two letters start no noun
     * mentions none.
     */
    private static final class NounForms {
        private static final int END = 26;
        private final Set<String> nouns;
        /** For each noun: bit 27 * (first letter - 'a') + (second letter - 'a', or END for a one-letter noun). */
        private final BitSet starts = new BitSet(26 * 27);

        NounForms(Set<String> nouns) {
            this.nouns = nouns;
            for (String noun : nouns) {
                int first = letter(noun.charAt(0));
                int second = noun.length() == 1 ? END : letter(noun.charAt(1));
                if (first >= 0 && second >= 0) starts.set(27 * first + second);
            }
        }

        /** The noun {@code w} mentions, or null. */
        String stemOf(Tok w) {
            if (!mayMention(w.sentence, w.start, w.end)) return null;
            String stem = DefiniteOpening.stem(w.key());
            return nouns.contains(stem) ? stem : null;
        }

        /** False only for a word that starts with two ASCII letters (or is one) that start no noun. */
        private boolean mayMention(String s, int start, int end) {
            int first = letter(s.charAt(start));
            int second = end == start + 1 ? END : letter(s.charAt(start + 1));
            return first < 0 || second < 0 || starts.get(27 * first + second);
        }

        /** 0-25 for an ASCII letter of either case, else -1. */
        private static int letter(char c) {
            int l = (c | 0x20) - 'a';
            return c < 128 && l >= 0 && l < 26 ? l : -1;
        }
    }

    /**
     * What only a person has ("Kuiper's face", "Thatcher's husband"): a name in the possessive before
     * one of these is a person's, as "Kuiper said" would show.
     */
    private static final Set<String> PERSON_OWNED = Set.of("face", "body", "husband", "wife", "mother", "father",
            "son", "daughter", "sister", "brother", "parents", "children", "family", "widow", "widower", "girlfriend",
            "boyfriend", "fiance", "fiancee", "funeral", "death", "remains");

    /** {@code w} is a single name in the possessive and {@code next} one of {@link #PERSON_OWNED}. */
    private static boolean ownsPersonally(Tok w, Tok next) {
        String l = w.lower();
        return (l.endsWith("'s") || l.endsWith("’s")) && !next.cap && PERSON_OWNED.contains(next.lower());
    }

    private static final Set<String> PERSONAL = Set.of("his", "her", "himself", "herself");

    /**
     * The sentence's subject, its first word, owns what follows ("Davis formally announced her
     * campaign"): "his" or "her" among the next four words, all lower case.
     */
    private static boolean possessiveFollows(List<Tok> t) {
        for (int k = 1; k < t.size() && k <= 4; k++) {
            if (t.get(k).cap) return false;
            if (PERSONAL.contains(t.get(k).lower())) return true;
        }
        return false;
    }

    /** The person words sentence {@code id} uses without their full name (lower case; empty when none). */
    public Set<String> bare(int id) {
        return bare.get(id);
    }

    /** The person words sentence {@code id} mentions (lower case). */
    public Set<String> mentions(int id) {
        return mentions.get(id);
    }

    /** True when every person sentence {@code id} names bare is mentioned by one of {@code before}. */
    public boolean introducedBy(int id, Iterable<Sentence> before) {
        Set<String> need = bare.get(id);
        if (need.isEmpty()) return true;
        Set<String> left = new HashSet<>(need);
        for (Sentence s : before) {
            left.removeAll(mentions.get(s.id()));
            if (left.isEmpty()) return true;
        }
        return false;
    }

    /**
     * Whether the word at {@code k} is the first word of an organisation's name ("Northwestern
     * University", "Qatar Airways"): there it names the organisation in full, not a person bare.
     */
    private static boolean namesOrganisation(List<Tok> t, int k) {
        Tok w = t.get(k);
        return w.runIndex < w.runLength - 1 && Names.isOrganisation(w.word() + " " + t.get(k + 1).word());
    }

    /**
     * Titles of people known by the title and one name ("Pope Francis", "Queen Elizabeth", "Prince
     * Harry"): after one of them that name is the person's full public name, not a surname.
     */
    private static final Set<String> SOLE_NAME_TITLES = Set.of("pope", "king", "queen", "prince", "princess", "emperor",
            "empress", "duke", "duchess", "sultan", "tsar", "czar");

    private static boolean introducedHere(List<Tok> t, int k) {
        Tok w = t.get(k);
        if (w.runLength < 2) return false;
        if (w.runIndex > 0 && afterSoleNameTitle(t, k)) return true;
        // Part of a full name: a neighbour in the run that is itself a name word, not a title.
        if (w.runIndex > 0 && personPair(t.get(k - 1), w)) return true;
        return w.runIndex < w.runLength - 1 && personPair(w, t.get(k + 1));
    }

    /**
     * Whether the words of the run before {@code k} are titles, one of them {@link #SOLE_NAME_TITLES}
     * ("Pope Emeritus Benedict"), and the word at {@code k} ends the run: a single name after them.
     */
    private static boolean afterSoleNameTitle(List<Tok> t, int k) {
        Tok w = t.get(k);
        if (w.runIndex != w.runLength - 1) return false;
        boolean sole = false;
        for (int j = k - w.runIndex; j < k; j++) {
            String title = t.get(j).key();
            if (SOLE_NAME_TITLES.contains(title)) sole = true;
            else if (!Names.TITLE_WORDS.contains(title)) return false;
        }
        return sole;
    }

    private static boolean personPair(Tok first, Tok last) {
        if (Names.TITLE_WORDS.contains(first.lower()) || Names.TITLE_WORDS.contains(last.lower())) return false;
        if (COURTESY.contains(first.lower()) || first.lower().endsWith(".") && first.lower().length() > 2) return false;
        return !Names.isOrganisation(first.word() + " " + last.word());
    }

    /**
     * A word of a sentence with where it stands in its run of capitalised words. Its strings are made
     * on first use: most words are lower case, and of those only a speaker's neighbours are read.
     */
    static final class Tok {
        private final String sentence;
        private final int start, end;
        final boolean cap;
        private String word, lower, key;
        int runIndex, runLength;

        Tok(String sentence, int start, int end) {
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
    private static List<Tok> tokens(String sentence) {
        Runs runs = new Runs(sentence);
        for (int start = nextWord(sentence, 0); start >= 0; start = nextWord(sentence, runs.lastEnd)) runs.word(start);
        return runs.end();
    }

    /** The words read so far, and the run of capitalised words being read. */
    private static final class Runs {
        private final String sentence;
        private final List<Tok> out = new ArrayList<>();
        private final List<Tok> run = new ArrayList<>();
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
            Tok t = new Tok(sentence, start, end);
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
        List<Tok> end() {
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

    private static void close(List<Tok> run) {
        for (int i = 0; i < run.size(); i++) {
            run.get(i).runIndex = i;
            run.get(i).runLength = run.size();
        }
    }

    /** The words {@link #tokens} reads, for tests. */
    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        for (Tok t : tokens(sentence)) out.add(t.word());
        return out;
    }
}

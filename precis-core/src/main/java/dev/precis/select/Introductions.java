package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.evidence.names.Names;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * <p>Things are introduced the same way ({@link DefiniteMentions}: keys {@link DefiniteMentions#THING}
 * + the noun), and acronyms a cluster spells out ({@link Acronyms}).
 */
public final class Introductions {
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "adds", "wrote",
            "writes", "explained", "declared", "noted", "recalled", "insisted", "argued", "continued", "asked",
            "stated", "tweeted", "testified", "replied", "described", "acknowledged", "admitted", "stressed",
            "announced", "posted", "warned", "urged", "believes", "thinks", "wants", "called");

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
        List<List<RunWords.Word>> toks = new ArrayList<>(n);
        Set<String> full = new HashSet<>();     // words seen as the last or first of a full name
        Set<String> speaker = new HashSet<>();  // words seen alone as a speaker or after a courtesy title
        for (int i = 0; i < n; i++) {
            List<RunWords.Word> t = RunWords.of(text.sentence(i).text());
            toks.add(t);
            for (int k = 0; k < t.size(); k++) {
                RunWords.Word w = t.get(k);
                if (!w.cap) continue;
                if (w.runLength >= 2 && w.runIndex == w.runLength - 1) {
                    RunWords.Word f = t.get(k - 1);
                    if (personPair(f, w)) {
                        full.add(w.key());
                        full.add(f.key());
                    }
                }
                boolean alone = w.runLength == 1 || w.runLength == 2 && w.runIndex == 1 && RunWords.COURTESY.contains(t.get(k - 1).lower());
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
        DefiniteMentions.add(text, cased, toks, bare, mentions);
        Acronyms.add(text, toks, bare, mentions);
        return new Introductions(bare, mentions);
    }

    /**
     * Per sentence of {@code toks}, adds to {@code mentions} the words of {@code people} it uses and to {@code bare}
     * those it uses without their full name. Each pass over the cluster's words is a method of its own: in one
     * method, the JIT compiled them on stack together from the first loop's entry: the costliest compile of a summary.
     */
    private static void mentionsOf(List<List<RunWords.Word>> toks, Set<String> people, List<Set<String>> bare, List<Set<String>> mentions) {
        for (int i = 0; i < toks.size(); i++) {
            Set<String> b = Set.of(), m = Set.of();
            List<RunWords.Word> t = toks.get(i);
            for (int k = 0; k < t.size(); k++) {
                RunWords.Word w = t.get(k);
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
    private static void introducedInFull(List<List<RunWords.Word>> toks, List<Set<String>> bare) {
        for (int i = 0; i < toks.size(); i++) {
            if (bare.get(i).isEmpty()) continue;
            Set<String> fullHere = new HashSet<>();
            List<RunWords.Word> t = toks.get(i);
            for (int k = 0; k < t.size(); k++) if (t.get(k).cap && introducedHere(t, k)) fullHere.add(t.get(k).key());
            bare.get(i).removeAll(fullHere);
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
    private static boolean ownsPersonally(RunWords.Word w, RunWords.Word next) {
        String l = w.lower();
        return (l.endsWith("'s") || l.endsWith("’s")) && !next.cap && PERSON_OWNED.contains(next.lower());
    }

    private static final Set<String> PERSONAL = Set.of("his", "her", "himself", "herself");

    /**
     * The sentence's subject, its first word, owns what follows ("Davis formally announced her
     * campaign"): "his" or "her" among the next four words, all lower case.
     */
    private static boolean possessiveFollows(List<RunWords.Word> t) {
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
    private static boolean namesOrganisation(List<RunWords.Word> t, int k) {
        RunWords.Word w = t.get(k);
        return w.runIndex < w.runLength - 1 && Names.isOrganisation(w.word() + " " + t.get(k + 1).word());
    }

    /**
     * Titles of people known by the title and one name ("Pope Francis", "Queen Elizabeth", "Prince
     * Harry"): after one of them that name is the person's full public name, not a surname.
     */
    private static final Set<String> SOLE_NAME_TITLES = Set.of("pope", "king", "queen", "prince", "princess", "emperor",
            "empress", "duke", "duchess", "sultan", "tsar", "czar");

    private static boolean introducedHere(List<RunWords.Word> t, int k) {
        RunWords.Word w = t.get(k);
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
    private static boolean afterSoleNameTitle(List<RunWords.Word> t, int k) {
        RunWords.Word w = t.get(k);
        if (w.runIndex != w.runLength - 1) return false;
        boolean sole = false;
        for (int j = k - w.runIndex; j < k; j++) {
            String title = t.get(j).key();
            if (SOLE_NAME_TITLES.contains(title)) sole = true;
            else if (!Names.TITLE_WORDS.contains(title)) return false;
        }
        return sole;
    }

    private static boolean personPair(RunWords.Word first, RunWords.Word last) {
        if (Names.TITLE_WORDS.contains(first.lower()) || Names.TITLE_WORDS.contains(last.lower())) return false;
        if (RunWords.COURTESY.contains(first.lower()) || first.lower().endsWith(".") && first.lower().length() > 2) return false;
        return !Names.isOrganisation(first.word() + " " + last.word());
    }
}

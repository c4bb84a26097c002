package dev.precis.order;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.select.DefiniteOpening;
import dev.precis.select.Introductions;
import dev.precis.select.Leaning;
import dev.precis.select.Leanings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Two moves on an order that {@link Adjacency} has already grouped (a sentence that stands alone,
 * then the sentences that lean on it): a group whose sentence names a person only by surname goes
 * after the group that first gives that person's full name ({@link Introductions}), and a summary
 * does not open mid-story (a bare definite subject that points back, "The team found ..."; a
 * quotation; a person named bare; a thing judged by a definite phrase, "called the work an
 * “insult.”") when an article's lead that stands on its own can open it instead.
 */
final class ReadingOrder {
    /** The last article position that counts as its lead. */
    static final int LEAD = 1;
    /** The fewest words of a lead that replaces the opener. */
    private static final int LEAD_WORDS = 10;

    private ReadingOrder() {
    }

    /** @param introductions the cluster's {@link Introductions}, asked for only when there is an order to change */
    static List<Sentence> apply(ClusterText text, Leanings leanings, List<Sentence> grouped, Supplier<Introductions> introductions) {
        if (grouped.size() < 2) return grouped;
        List<List<Sentence>> groups = groups(text, leanings, grouped);
        Introductions intro = introductions.get();
        openWithAStorySentence(intro, groups);
        introduceFirst(intro, groups);
        List<Sentence> out = new ArrayList<>(grouped.size());
        for (List<Sentence> g : groups) out.addAll(g);
        return out;
    }

    private static boolean opensWithQuote(String t) {
        return !t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '“' || t.charAt(0) == '‘' || t.charAt(0) == '\'');
    }

    private static List<List<Sentence>> groups(ClusterText text, Leanings leanings, List<Sentence> grouped) {
        List<List<Sentence>> out = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (Sentence s : grouped) ids.add(s.id());
        for (Sentence s : grouped) {
            if (out.isEmpty() || Leaning.heads(text, s, leanings.on(s), ids::contains)) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(s);
        }
        return out;
    }

    /**
     * A summary does not open mid-story: when its first group needs what the summary has not given
     * ({@link #startsMidStory}) and another group opens with an article's lead that needs nothing,
     * that group opens instead.
     */
    private static void openWithAStorySentence(Introductions intro, List<List<Sentence>> groups) {
        if (!startsMidStory(intro, groups.get(0))) return;
        for (int k = 1; k < groups.size(); k++) {
            List<Sentence> g = groups.get(k);
            if (!opensStory(intro, g)) continue;
            groups.add(0, groups.remove(k));
            return;
        }
    }

    /**
     * Whether a group may open a summary in the place of one that starts mid-story: its first
     * sentence is an article's lead and the group needs nothing told before it. Only a lead, written
     * to open a story, replaces the opener; a line of a few words there is a dateline or a credit
     * ("Video updated November 15, 2018.") more often than the story's first sentence, and a writer's
     * "we" or a reference marker ({@link NotALead}) opens an argument, not a story.
     */
    static boolean opensStory(Introductions intro, List<Sentence> group) {
        Sentence first = group.get(0);
        return first.position() <= LEAD && first.wordCount() >= LEAD_WORDS && !NotALead.in(first.text())
                && !startsMidStory(intro, group);
    }

    /** Whether a summary in this reading order ({@link #apply}'s) starts mid-story. */
    static boolean opensMidStory(ClusterText text, Leanings leanings, Introductions intro, List<Sentence> ordered) {
        return !ordered.isEmpty() && startsMidStory(intro, groups(text, leanings, ordered).get(0));
    }

    /**
     * Whether a group read first leans on something told before it: its first sentence has a bare
     * definite subject ("The team found ...") or opens with a quotation, it names a judged thing by a
     * definite phrase ({@link PointsBack}), or the group names someone bare whom it
     * does not introduce ({@link Introductions}).
     */
    private static boolean startsMidStory(Introductions intro, List<Sentence> group) {
        Sentence first = group.get(0);
        String text = first.text().strip();
        return DefiniteOpening.noun(first) != null || opensWithQuote(text) || PointsBack.in(text)
                || !missing(intro, group, Set.of()).isEmpty();
    }

    /** Moves each group that names someone not yet introduced after the group that introduces them. */
    private static void introduceFirst(Introductions intro, List<List<Sentence>> groups) {
        int unmet = unmet(intro, groups);
        int limit = groups.size() * groups.size();
        for (int round = 0; round < limit && unmet > 0; round++) {
            boolean moved = false;
            Set<String> mentioned = new HashSet<>();
            for (int b = 0; b < groups.size() && !moved; b++) {
                Set<String> need = missing(intro, groups.get(b), mentioned);
                if (!need.isEmpty()) {
                    Set<String> have = new HashSet<>(mentioned);
                    for (int j = b + 1; j < groups.size(); j++) {
                        for (Sentence s : groups.get(j)) have.addAll(intro.mentions(s.id()));
                        if (have.containsAll(need)) {
                            groups.add(j, groups.remove(b)); // after group j, which moved up one place
                            int now = unmet(intro, groups);
                            // A move that leaves as many names unintroduced only trades one group's need for
                            // another's (two groups that each introduce whom the other names bare): the next
                            // round would move it back, so it is not made.
                            if (now < unmet) {
                                unmet = now;
                                moved = true;
                            } else {
                                groups.add(b, groups.remove(j));
                            }
                            break;
                        }
                    }
                }
                for (Sentence s : groups.get(b)) mentioned.addAll(intro.mentions(s.id()));
            }
            if (!moved) return;
        }
    }

    /** How many names the groups, read in this order, use bare before any group introduces them. */
    private static int unmet(Introductions intro, List<List<Sentence>> groups) {
        Set<String> mentioned = new HashSet<>();
        int n = 0;
        for (List<Sentence> g : groups) {
            n += missing(intro, g, mentioned).size();
            for (Sentence s : g) mentioned.addAll(intro.mentions(s.id()));
        }
        return n;
    }

    /** The people the group's sentences name bare that neither {@code mentioned} nor an earlier sentence of the group gives. */
    private static Set<String> missing(Introductions intro, List<Sentence> group, Set<String> mentioned) {
        Set<String> seen = new HashSet<>(mentioned), need = new HashSet<>();
        for (Sentence s : group) {
            for (String name : intro.bare(s.id())) if (!seen.contains(name)) need.add(name);
            seen.addAll(intro.mentions(s.id()));
        }
        return need;
    }
}

package dev.precis.order;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.select.Leaning;
import dev.precis.select.Leanings;
import dev.precis.select.StandIn;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps a sentence that {@link Leaning leans} on another right after the chosen sentence it reads
 * after ({@link Leaning#support}), or right after the chosen sentence of another article that
 * says what that one says ({@link StandIn}), and drops a leaning sentence with no support in the summary, so a summary never opens with "But ..." or with a
 * quotation whose speaker is a bare "he". The opening of a quotation heads its group when the sentence
 * that closes it is chosen ({@link Leaning#heads}).
 */
final class Adjacency {
    private Adjacency() {
    }

    /** @param vectors the cluster's sentence vectors, asked for only when a leaning sentence's support is not chosen */
    static List<Sentence> keepTogether(ClusterText text, Leanings leanings, List<Sentence> ordered, Supplier<TermVectors> vectors) {
        Map<Integer, Sentence> byId = new HashMap<>();
        for (Sentence s : ordered) byId.put(s.id(), s);
        int[] ids = ordered.stream().mapToInt(Sentence::id).toArray();
        Map<Integer, List<Sentence>> followers = new HashMap<>();
        List<Sentence> heads = new ArrayList<>(ordered.size());
        for (Sentence s : ordered) {
            int on = leanings.on(s);
            int after = on >= 0 ? Leaning.support(text, s, byId::containsKey) : -1;
            if (on >= 0 && after < 0) {
                after = StandIn.of(text, vectors.get(), s, on, ids, ids.length, id -> leanings.on(byId.get(id)) == Leaning.ALONE);
            }
            if (Leaning.heads(text, s, on, byId::containsKey)) heads.add(s);
            else if (after >= 0) followers.computeIfAbsent(after, k -> new ArrayList<>()).add(s);
        }
        List<Sentence> out = new ArrayList<>(ordered.size());
        for (Sentence h : heads) append(h, followers, out);
        return out.isEmpty() ? ordered : out; // never an empty summary for want of support
    }

    private static void append(Sentence s, Map<Integer, List<Sentence>> followers, List<Sentence> out) {
        out.add(s);
        for (Sentence f : followers.getOrDefault(s.id(), List.of())) append(f, followers, out);
    }
}

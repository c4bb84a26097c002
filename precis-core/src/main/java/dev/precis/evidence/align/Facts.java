package dev.precis.evidence.align;

import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Fact;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Paraphrase groups across articles. Every sentence gets its best-aligned sentence in each other
 * article (one pass over the cross-article pairs); then, best-supported first, each sentence not yet
 * taken becomes the representative of a group made of itself and its untaken alignments. Groups are
 * built around one representative, never by chaining, so two facts that share a bridge sentence stay
 * apart.
 */
public final class Facts {
    private Facts() {
    }

    public static List<Fact> find(ClusterText text, TermVectors v, Alignments aligned) {
        int[] support = aligned.supportCounts();
        // Only a sentence aligned somewhere can lead a group, and sorting the rest would only put them last.
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < support.length; s++) if (support[s] > 1) order.add(s);
        order.sort(Comparator.<Integer>comparingInt(s -> -support[s])
                .thenComparingDouble(s -> -v.centroidSimilarity(s))
                .thenComparingInt(s -> s));
        boolean[] used = new boolean[support.length];
        List<Fact> facts = new ArrayList<>();
        for (int s : order) {
            if (used[s]) continue;
            List<Citation> cites = new ArrayList<>();
            cites.add(SupportFinder.citation(text, text.sentence(s)));
            List<Integer> members = new ArrayList<>();
            for (int b : aligned.aligned(s)) {
                if (!used[b]) members.add(b);
            }
            if (members.isEmpty()) continue;
            used[s] = true;
            for (int b : members) {
                used[b] = true;
                cites.add(SupportFinder.citation(text, text.sentence(b)));
            }
            facts.add(new Fact(text.sentence(s).text(), cites.size(), cites));
        }
        facts.sort(Comparator.comparingInt(f -> -f.support()));
        return facts;
    }
}

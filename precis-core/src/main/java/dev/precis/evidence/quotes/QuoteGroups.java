package dev.precis.evidence.quotes;

import dev.precis.model.Citation;
import dev.precis.model.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The same quote found in several articles, made one {@link Quote} with every citation. */
public final class QuoteGroups {
    private QuoteGroups() {
    }

    /** One quote occurrence before grouping. */
    record Found(String text, String speaker, Citation citation, String key) {
    }

    static List<Quote> group(List<Found> found) {
        List<List<Found>> groups = new ArrayList<>();
        for (Found f : found) {
            List<Found> home = null;
            for (List<Found> g : groups) {
                if (same(g.get(0).key(), f.key())) {
                    home = g;
                    break;
                }
            }
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(f);
        }
        List<Quote> quotes = new ArrayList<>();
        for (List<Found> g : groups) {
            Found longestText = g.stream().max(Comparator.comparingInt(f -> f.text().length())).orElseThrow();
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (Found f : g) if (!f.speaker().isEmpty()) votes.merge(f.speaker(), 1, Integer::sum);
            String speaker = votes.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(e -> Character.isUpperCase(e.getKey().charAt(0)))) // a name over a role
                    .map(Map.Entry::getKey).orElse("");
            List<Citation> cites = g.stream().map(Found::citation)
                    .sorted(Comparator.comparingInt(Citation::article).thenComparingInt(Citation::start)).toList();
            quotes.add(new Quote(longestText.text(), speaker, cites));
        }
        return quotes;
    }

    /** Identical after normalisation, or one contains the other and is at least 20 characters. */
    private static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return shorter.length() >= 20 && longer.contains(shorter);
    }
}

package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Mention;
import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of clashing mentions written as a disagreement: a subject a reader understands ("overall
 * death toll", "number of people", "sum (rate)") and one side per distinct value, in order of value,
 * citing every article that gives it.
 */
final class Sides {
    private Sides() {
    }

    /** One side per distinct value, citing every article that gives it, in order of value. */
    static Disagreement disagreement(List<Mention> mentions, List<Integer> g, ClusterText text) {
        g.sort(Comparator.comparingDouble((Integer i) -> mentions.get(i).value())
                .thenComparingInt(i -> mentions.get(i).sentence().article()));
        Map<Double, List<Mention>> byValue = new LinkedHashMap<>();
        for (int i : g) byValue.computeIfAbsent(mentions.get(i).value(), k -> new ArrayList<>()).add(mentions.get(i));
        List<Disagreement.Side> sides = new ArrayList<>();
        for (List<Mention> same : byValue.values()) {
            List<Citation> cites = new ArrayList<>();
            for (Mention m : same) cites.add(Citation.of(text, m.sentence().article(), m.start(), m.end()));
            sides.add(new Disagreement.Side(same.get(0).number(), same.get(0).wording(), cites));
        }
        return new Disagreement(subject(g.stream().map(mentions::get).toList()), sides);
    }

    private static String subject(List<Mention> ms) {
        Mention m = ms.get(0);
        if (m.unit().endsWith(" per")) {
            Mention base = new Mention(m.sentence(), m.value(), m.number(), m.qualifier(),
                    m.unit().substring(0, m.unit().length() - 4), m.noun(), m.known(), m.scope(), m.embedded(),
                    m.start(), m.end(), m.wording());
            return subject(List.of(base)) + " (rate)";
        }
        if (m.unit().equals("deaths")) {
            return m.scope() == Quantities.Scope.OVERALL ? "overall death toll" : counted(m) + " killed";
        }
        if (m.unit().equals("injured")) return counted(m) + " injured";
        if (m.unit().equals("missing")) return counted(m) + " missing";
        if (m.unit().equals("people")) return "number of people";
        if (m.unit().equals("percent")) return "percentage";
        if (m.unit().equals("money")) return "starting price".equals(Ties.soleMeasure(m)) ? "starting price" : "sum";
        if (m.unit().equals("distance")) return "distance";
        if (m.unit().equals("weight")) return "weight";
        String u = m.unit();
        return "number of " + (u.endsWith("y") ? u.substring(0, u.length() - 1) + "ies" : u.endsWith("s") ? u : u + "s");
    }

    /** Who a toll counts: its own noun when that is a group ("children injured"), else "people". */
    private static String counted(Mention m) {
        return Quantities.BROAD_PERSONS.contains(m.noun()) || !m.noun().matches("\\p{Ll}+") ? "people" : m.noun();
    }
}

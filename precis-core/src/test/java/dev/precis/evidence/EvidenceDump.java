package dev.precis.evidence;

import dev.precis.model.ClusterText;
import dev.precis.model.Evidence;
import dev.precis.represent.TermVectors;

/** Development aid: prints the evidence found in the aleppo example. Not a test. */
public final class EvidenceDump {
    public static void main(String[] args) throws Exception {
        ClusterText ct = Fixtures.aleppo();
        Evidence e = new DefaultEvidenceFinder().find(ct, TermVectors.of(ct));
        System.out.println("== facts");
        e.facts().forEach(f -> System.out.println(f.support() + " " + f.text() + " " + f.citations()));
        System.out.println("== mentions");
        Quantities.find(ct).forEach(m -> System.out.println(m.sentence().article() + " " + m.value() + " " + m.unit() + " " + m.qualifier() + " " + m.scope() + (m.embedded() ? " EMB" : "") + " | " + m.wording()));
        System.out.println("== disagreements");
        e.disagreements().forEach(d -> {
            System.out.println(d.subject());
            d.sides().forEach(s -> System.out.println("   " + s.value() + " | " + s.wording() + " | " + s.citation()));
        });
        System.out.println("== quotes");
        e.quotes().forEach(q -> System.out.println("[" + q.speaker() + "] " + q.text() + " " + q.citations().stream().map(c -> c.article() + "@" + c.start()).toList()));
        System.out.println("== timeline");
        e.timeline().forEach(t -> System.out.println(t.date() + " | " + t.when() + " | " + t.citation().article() + " | " + t.text()));
    }
}

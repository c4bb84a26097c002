package dev.precis.evidence;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

/** Development aid: prints cross-article sentence pairs with their cosine. Not a test. */
public final class AlignDump {
    public static void main(String[] args) throws Exception {
        ClusterText ct = Fixtures.aleppo();
        TermVectors v = TermVectors.of(ct);
        double min = args.length > 0 ? Double.parseDouble(args[0]) : 0.2;
        for (Sentence a : ct.sentences()) for (Sentence b : ct.sentences()) {
            if (b.article() <= a.article()) continue;
            double c = v.cosine(a.id(), b.id());
            if (c < min) continue;
            double al = SupportFinder.alignment(ct, v, a.id(), b.id());
            System.out.printf("%.2f %s %d/%d %s%n     %d/%d %s%n", c, al > 0 ? "ALIGN" : "-----", a.article(), a.position(), a.text(), b.article(), b.position(), b.text());
        }
    }
}

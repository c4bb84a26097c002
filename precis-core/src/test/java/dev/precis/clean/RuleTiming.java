package dev.precis.clean;

import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.Cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer tool: time per rule over a JSONL file. */
public final class RuleTiming {
    public static void main(String[] args) {
        List<Cluster> cs = new ArrayList<>();
        for (ClusterInput in : Sources.readAll(Path.of(args[0]))) if (in.ok()) cs.add(in.cluster());
        RuleCleaner cleaner = new RuleCleaner();
        double best = 1e9;
        for (int r = 0; r < 20; r++) {
            long t0 = System.nanoTime();
            for (Cluster c : cs) cleaner.clean(c);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6 / cs.size());
        }
        System.out.printf("best of 20 rounds: %.3f ms/cluster%n", best);
        List<LineRule> rules = Rules.standard();
        long[] ns = new long[rules.size()];
        long build = 0;
        for (int r = 0; r < 3; r++) {
            for (Cluster c : cs) {
                long b0 = System.nanoTime();
                List<List<Line>> lines = new ArrayList<>();
                for (int a = 0; a < c.articles().size(); a++) {
                    List<Line> ls = new ArrayList<>();
                    for (String raw : c.articles().get(a).text().split("\n")) {
                        if (raw.isBlank()) continue;
                        for (PrefixRule p : Rules.standardPrefixes()) p.cut(raw.strip());
                        ls.add(Line.of(a, ls.size(), raw));
                    }
                    lines.add(ls);
                }
                ClusterContext ctx = new ClusterContext(c, lines);
                build += System.nanoTime() - b0;
                for (List<Line> ls : lines) for (Line l : ls) for (int i = 0; i < rules.size(); i++) {
                    long t = System.nanoTime();
                    rules.get(i).why(l, ctx);
                    ns[i] += System.nanoTime() - t;
                }
            }
        }
        System.out.printf("build+prefix %.3f ms/cluster%n", build / 1e6 / (3 * cs.size()));
        for (int i = 0; i < rules.size(); i++) System.out.printf("%-18s %.3f ms/cluster%n", rules.get(i).id(), ns[i] / 1e6 / (3 * cs.size()));
    }
}

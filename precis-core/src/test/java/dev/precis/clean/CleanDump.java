package dev.precis.clean;

import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.CleanArticle;

import java.nio.file.Path;

/** Developer tool: prints what the cleaner keeps and drops. Args: path [maxClusters]. */
public final class CleanDump {
    public static void main(String[] args) {
        int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        boolean keptToo = args.length <= 2 || !args[2].equals("drops");
        RuleCleaner cleaner = new RuleCleaner();
        int i = 0;
        for (ClusterInput in : Sources.readAll(Path.of(args[0]))) {
            if (i++ >= max) break;
            if (!in.ok()) { System.out.println("ERROR " + in.error()); continue; }
            System.out.println("#### " + in.cluster().id());
            for (CleanArticle a : cleaner.clean(in.cluster())) {
                System.out.println("== " + a.id() + " title=" + a.source().title());
                for (var d : a.drops()) System.out.println("  - " + d.toString().substring(0, Math.min(220, d.toString().length())));
                if (keptToo) for (String l : a.text().split("\n")) System.out.println("  + " + l.substring(0, Math.min(160, l.length())));
            }
        }
    }
}

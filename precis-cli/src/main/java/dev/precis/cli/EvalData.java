package dev.precis.cli;

import dev.precis.model.BadInputException;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.Cluster;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What eval, bench and train share: loading clusters with references, progress, start-up time. */
final class EvalData {
    private EvalData() {
    }

    static List<Cluster> load(Path path, int limit, PrintWriter err) {
        List<Cluster> clusters = new ArrayList<>();
        int skipped = 0;
        for (ClusterInput in : Sources.readAll(path)) {
            if (in.cluster() == null || !in.cluster().hasReference()) {
                skipped++;
                continue;
            }
            clusters.add(in.cluster());
            if (limit > 0 && clusters.size() >= limit) break;
        }
        if (clusters.isEmpty()) {
            throw new BadInputException("no clusters with a reference \"summary\" in " + path);
        }
        if (skipped > 0) err.println("precis: skipped " + skipped + " line(s) without a usable cluster and reference");
        return clusters;
    }

    /**
     * A progress bar on stderr when it is a terminal; nothing otherwise. The launcher tells whether
     * stderr is a terminal; run without it, a console on stdin and stdout stands in for that.
     */
    static ProgressBar progress(String task, long total) {
        String tty = System.getenv("PRECIS_STDERR_TTY");
        boolean terminal = tty != null ? tty.equals("1") : System.console() != null;
        if (!terminal) return null;
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    /** Seconds since this JVM started: the wall time a user waits, start-up included. */
    static double secondsSinceJvmStart() {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    }
}

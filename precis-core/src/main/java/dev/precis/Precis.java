package dev.precis;

import dev.precis.model.Cluster;
import dev.precis.model.Summary;

/**
 * The library's front door.
 *
 * <pre>{@code
 * Summary s = Precis.summarize(cluster, SummaryOptions.defaults());
 * }</pre>
 *
 * The standard pipeline is built on first use (it loads the sentence and token models) and then
 * shared; it is thread-safe.
 */
public final class Precis {
    private Precis() {
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    public static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    public static Summary summarize(Cluster cluster, SummaryOptions options) {
        return Holder.PIPELINE.summarize(cluster, options);
    }

    public static Summary summarize(Cluster cluster) {
        return summarize(cluster, SummaryOptions.defaults());
    }
}

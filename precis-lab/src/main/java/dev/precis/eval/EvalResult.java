package dev.precis.eval;

/**
 * Quality and speed of one summarizer over a set of clusters. ROUGE figures are F1 means over the
 * clusters that were summarised; latency covers summarisation only (cleaning to ordering, plus
 * evidence when it is on), measured per cluster on one thread.
 */
public record EvalResult(String algorithm, int clusters, int failed, double rouge1, double rouge2,
                         double rougeSU4, double rougeL, double clustersPerSecond, double meanMs,
                         double p99Ms, double wallSeconds) {
}

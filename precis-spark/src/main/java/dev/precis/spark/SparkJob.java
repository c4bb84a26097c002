package dev.precis.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session a command runs in: the one spark-submit configured, or local mode for plain java. */
final class SparkJob {
    private SparkJob() {
    }

    static SparkSession session(String name) {
        SparkSession.Builder b = SparkSession.builder().appName(name);
        // Run with plain java (no spark-submit), there is no master: use this machine's cores.
        if (System.getProperty("spark.master") == null) b.master("local[*]");
        return b.getOrCreate();
    }
}

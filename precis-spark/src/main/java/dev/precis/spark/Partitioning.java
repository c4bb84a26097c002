package dev.precis.spark;

import dev.precis.model.BadInputException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Option;

import static org.apache.spark.sql.functions.col;

/**
 * How many tasks share the clusters. A gzipped file is one partition however large, so a small
 * input is spread over the cores; ranges of line numbers keep the output in input order.
 */
final class Partitioning {
    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Partitions to summarise in (default: the input's, or 4 per core when it has "
                    + "fewer than the cores).")
    int partitions;

    Dataset<Row> spread(Dataset<Row> clusterLines) {
        if (partitions < 0) throw new BadInputException("--partitions must be positive");
        int have = clusterLines.rdd().getNumPartitions();
        int cores = clusterLines.sparkSession().sparkContext().defaultParallelism();
        int want = partitions > 0 ? partitions : have < cores ? 4 * cores : have;
        return want == have ? clusterLines : clusterLines.repartitionByRange(want, col("line"));
    }
}

package dev.precis.spark;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** One local-mode Spark session for every test of the module: starting Spark costs seconds. */
public final class LocalSpark {
    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SPARK = SparkSession.builder()
                .appName("precis-spark tests")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    public static SparkSession spark() {
        // The commands find this session through getOrCreate, as they find spark-submit's.
        System.setProperty("spark.master", "local[2]");
        return Holder.SPARK;
    }

    /** {@code <repo>/../shared/<relative>}, or the test is skipped when it does not exist. */
    public static Path shared(String relative) {
        Path root = Path.of(System.getProperty("precis.root", "..")).toAbsolutePath().normalize();
        Path p = root.resolve("../shared").resolve(relative).normalize();
        assumeTrue(Files.exists(p), "shared data not found: " + p);
        return p;
    }

    public static Path repo(String relative) {
        return Path.of(System.getProperty("precis.root", "..")).toAbsolutePath().normalize().resolve(relative);
    }
}

package dev.precis.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Paths to the shared data next to the repository; tests that need it skip when it is missing. */
public final class Shared {
    private Shared() {
    }

    public static Path root() {
        return Path.of(System.getProperty("precis.root", "..")).toAbsolutePath().normalize();
    }

    /** {@code <repo>/../shared/<relative>}, or the test is skipped when it does not exist. */
    public static Path require(String relative) {
        Path p = root().resolve("../shared").resolve(relative).normalize();
        assumeTrue(Files.exists(p), "shared data not found: " + p);
        return p;
    }

    /** {@code <repo>/<relative>}, or the test is skipped when it does not exist. */
    public static Path repo(String relative) {
        Path p = root().resolve(relative).normalize();
        assumeTrue(Files.exists(p), "not found: " + p);
        return p;
    }
}

package dev.precis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("precis.root", "..")).toAbsolutePath().normalize();
    }

    static Path shared() {
        return repoRoot().resolveSibling("shared");
    }
}

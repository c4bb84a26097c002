package dev.precis.spark;

import dev.precis.model.BadInputException;
import org.apache.spark.sql.AnalysisException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The spark-submit entry point: summarize, eval and stories over data too big for one machine. */
@Command(name = "precis-spark", mixinStandardHelpOptions = true, version = "precis-spark 0.1.0",
        description = "Precis on Apache Spark: summarise clusters, evaluate them, group articles into stories.",
        subcommands = {SummarizeJob.class, EvalJob.class, StoriesJob.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes, as the CLI's: 0 success, 1 internal error, 2 bad input or usage, "
                + "3 some clusters failed (their error records are written)."})
public final class SparkMain {
    static final int FAULT = 1;
    static final int BAD_INPUT = 2;
    static final int PARTIAL = 3;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new SparkMain());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(SparkMain::handle);
        return cmd.execute(args);
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        Throwable badInput = badInput(e);
        if (badInput != null) {
            err.println("precis-spark: " + firstLine(badInput.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        err.println("precis-spark: internal error: " + firstLine(String.valueOf(e)));
        if (System.getenv("PRECIS_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return FAULT;
    }

    /** Bad input may reach the driver wrapped in Spark's task failures; the cause says what it was. */
    private static Throwable badInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException || t instanceof AnalysisException) return t;
        }
        return null;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\\R", 2)[0];
    }
}

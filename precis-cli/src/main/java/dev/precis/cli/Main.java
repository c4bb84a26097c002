package dev.precis.cli;

import dev.precis.model.PrecisException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code precis} command: a thin shell over precis-core. */
@Command(name = "precis", mixinStandardHelpOptions = true, version = "precis 0.1.0",
        description = "Summarise clusters of news articles about one story, with citations and evidence.",
        subcommands = {SummarizeCommand.class, EvalCommand.class, EvidenceScoreCommand.class, BenchCommand.class, RougeCommand.class, TrainCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 some clusters failed (error records written), 2 bad input or usage."})
public final class Main {
    public static final int BAD_INPUT = 2;
    public static final int PARTIAL = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; never lets a stack trace reach the user. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(Main::handle);
        return cmd.execute(args);
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof PrecisException) {
            err.println("precis: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println("precis: internal error: " + e);
        if (System.getenv("PRECIS_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return 70;
    }
}

package dev.precis.cli;

import dev.precis.model.BadInputException;
import dev.precis.model.PrecisFault;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The {@code precis} command: a thin shell over precis-core. */
@Command(name = "precis", mixinStandardHelpOptions = true, version = "precis 0.1.0",
        description = "Summarise clusters of news articles about one story, with citations and evidence.",
        footer = {"", "Exit codes:",
                "  0  success",
                "  1  internal error: Precis itself failed (a missing or broken model, a bug); the message says what",
                "  2  bad input or usage: a missing path, an unreadable or empty file, an unknown option value",
                "  3  a batch (JSONL/JSON) finished, but some clusters failed: see their error records"})
public final class Main {
    public static final int FAULT = 1;
    public static final int BAD_INPUT = 2;
    public static final int PARTIAL = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; never lets a stack trace reach the user. */
    public static int run(String... args) {
        // UTF-8 whatever the locale: under LC_ALL=C the platform charset would turn "’" into "?".
        return run(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true), args);
    }

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(SummarizeCommand.class, EvalCommand.class, BenchCommand.class,
            ScaleCommand.class, RougeCommand.class, TrainCommand.class, EvidenceScoreCommand.class,
            ServeCommand.class, dev.precis.cli.stories.StoriesCommand.class, CommandLine.HelpCommand.class);

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        for (Class<?> command : commandsFor(args)) cmd.addSubcommand(command);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(Main::handle);
        return cmd.execute(args);
    }

    /**
     * Only the named subcommand when the line starts with one other than {@code help}, else all (for
     * help, the version and picocli's suggestions). Picocli reads every registered command's options and makes an instance
     * of each up front, which was a third of a second of CPU before any command ran.
     */
    static List<Class<?>> commandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0])) return List.of(command);
            }
        }
        return COMMANDS;
    }

    static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof SummarizeCommand.OutputClosed) {
            err.println("precis: " + e.getMessage());
            err.flush();
            return FAULT;
        }
        if (e instanceof BadInputException) {
            err.println("precis: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println("precis: internal error: " + describe(e));
        if (System.getenv("PRECIS_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return FAULT;
    }

    /** One line for an internal failure: its own message for a {@link PrecisFault}, else the exception and its message. */
    static String describe(Throwable e) {
        return e instanceof PrecisFault ? e.getMessage() : PrecisFault.describe(e);
    }
}

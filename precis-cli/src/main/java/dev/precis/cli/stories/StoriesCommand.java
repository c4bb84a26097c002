package dev.precis.cli.stories;

import picocli.CommandLine.Command;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Group a stream of articles into stories, kept in a store, each with its Precis summary.",
                "The store is an embedded H2 database in a folder (--store) or a database server (--db JDBC_URL)."},
        subcommands = {StoriesAddCommand.class, StoriesListCommand.class, StoriesShowCommand.class,
                StoriesExportCommand.class, StoriesEvalCommand.class},
        footer = {"", "Examples:",
                "  ./precis stories add ../shared/data/stories/val-raw-stream.jsonl --store /tmp/st",
                "  ./precis stories list --store /tmp/st",
                "  ./precis stories show 12 --store /tmp/st --format markdown",
                "  ./precis stories eval --data ../shared/data/stories/val-raw-stream.jsonl"})
public final class StoriesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: add, list, show, export or eval");
    }
}

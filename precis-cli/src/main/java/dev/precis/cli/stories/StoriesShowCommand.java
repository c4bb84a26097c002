package dev.precis.cli.stories;

import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.model.Cluster;
import dev.precis.model.BadInputException;
import dev.precis.render.Renderers;
import dev.precis.stories.GroupingParams;
import dev.precis.stories.Stories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a story's summary and evidence: exactly what summarize gives for the story's articles, "
                + "computed from the articles the story holds now.")
public final class StoriesShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "ID", description = "Story id, as stories list prints it.")
    String id;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, markdown or json, as for summarize (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        var renderer = Renderers.get(format);
        long story;
        try {
            story = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new BadInputException("a story id is a number, as stories list prints it, not '" + id + "'");
        }
        Cluster cluster;
        try (Stories stories = storeOptions.stories(GroupingParams.defaults())) {
            cluster = stories.cluster(story);
        }
        spec.commandLine().getOut().print(renderer.render(Precis.summarize(cluster, SummaryOptions.defaults())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

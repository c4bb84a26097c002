package dev.precis.cli.stories;

import dev.precis.model.BadInputException;

import dev.precis.stories.ArticleInputs;
import dev.precis.stories.GroupingParams;
import dev.precis.stories.Stories;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add articles to the store, each assigned on arrival, in one pass, to a story or kept "
                + "unassigned as noise (with the reason). An article id already stored is skipped.",
                "",
                "INPUT is a JSONL file of articles ({\"id\", \"text\", \"title\", \"url\", \"outlet\", \"date\"}, "
                        + ".jsonl or .jsonl.gz; a \"story\" field is ignored), a folder of .txt/.html articles, "
                        + "or a .txt/.html file."})
public final class StoriesAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles to add, in arrival order.")
    List<Path> inputs;

    @Override
    public Integer call() {
        for (Path p : inputs) {
            if (!p.toFile().exists()) throw new dev.precis.model.BadInputException("no such file or folder: " + p);
        }
        Map<Stories.Outcome, Integer> counts = new EnumMap<>(Stories.Outcome.class);
        long started = System.nanoTime();
        try (Stories stories = storeOptions.stories(GroupingParams.defaults());
             ProgressBar bar = Progress.bar("stories add")) {
            stories.addAll(sink -> inputs.forEach(p -> ArticleInputs.read(p, sink)), outcome -> {
                counts.merge(outcome, 1, Integer::sum);
                if (bar != null) bar.step();
            });
            stories.flush();
            double s = (System.nanoTime() - started) / 1e9;
            int offered = counts.values().stream().mapToInt(Integer::intValue).sum();
            spec.commandLine().getOut().printf("added %d of %d articles in %.1f s (%.0f articles/s): %d started a story, "
                            + "%d joined one, %d kept unassigned as noise, %d already stored; %d live stories%n",
                    offered - n(counts, Stories.Outcome.ALREADY_STORED), offered, s, offered / Math.max(s, 1e-9),
                    n(counts, Stories.Outcome.STARTED), n(counts, Stories.Outcome.JOINED), n(counts, Stories.Outcome.NOISE),
                    n(counts, Stories.Outcome.ALREADY_STORED), stories.liveStories());
        }
        return 0;
    }

    private static int n(Map<Stories.Outcome, Integer> counts, Stories.Outcome o) {
        return counts.getOrDefault(o, 0);
    }
}

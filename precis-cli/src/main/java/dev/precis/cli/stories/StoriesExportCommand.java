package dev.precis.cli.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.stories.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print one JSON line per stored article, in arrival order: {\"id\", \"story\"}, with "
                + "\"story\": null and the \"noise\" reason for an article kept unassigned.")
public final class StoriesExportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (StoryStore store = storeOptions.open()) {
            store.forEachAssignment(a -> {
                ObjectNode n = JSON.createObjectNode();
                n.put("id", a.id());
                if (a.story() < 0) {
                    n.putNull("story");
                    n.put("noise", a.noise());
                } else {
                    n.put("story", a.story());
                }
                out.println(n.toString());
            });
        }
        out.flush();
        return 0;
    }
}

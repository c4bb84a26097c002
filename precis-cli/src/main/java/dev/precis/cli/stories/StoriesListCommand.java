package dev.precis.cli.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.BadInputException;
import dev.precis.stories.store.StoryRow;
import dev.precis.stories.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the live stories, most recently grown first: id, articles, dates and headline.")
public final class StoriesListCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only stories with an article dated (else added) on or after DATE (YYYY-MM-DD).")
    String since;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new BadInputException("--format takes text or json, not '" + format + "'");
        }
        LocalDate from = null;
        if (since != null) {
            try {
                from = LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                throw new BadInputException("--since takes a date as YYYY-MM-DD, not '" + since + "'");
            }
        }
        List<StoryRow> rows;
        try (StoryStore store = storeOptions.open()) {
            rows = store.stories(from);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ArrayNode arr = JSON.createArrayNode();
            for (StoryRow r : rows) {
                ObjectNode n = arr.addObject();
                n.put("id", r.id());
                n.put("articles", r.articles());
                n.put("first_date", r.firstDate() == null ? null : r.firstDate().toString());
                n.put("last_date", r.lastDate() == null ? null : r.lastDate().toString());
                n.put("updated_at", r.updatedAt().toString());
                n.put("headline", r.headline());
            }
            out.println(arr.toPrettyString());
        } else {
            for (StoryRow r : rows) {
                String dates = r.firstDate() == null ? "-" : r.firstDate() + (r.lastDate().equals(r.firstDate()) ? "" : ".." + r.lastDate());
                out.printf("%-8d %3d article%s  %-22s %s%n", r.id(), r.articles(), r.articles() == 1 ? " " : "s",
                        dates, abbreviate(r.headline()));
            }
            out.println(rows.size() + " stories");
        }
        out.flush();
        return 0;
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}

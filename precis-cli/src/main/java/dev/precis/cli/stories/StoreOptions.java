package dev.precis.cli.stories;

import dev.precis.model.BadInputException;
import dev.precis.stories.GroupingParams;
import dev.precis.stories.Stories;
import dev.precis.stories.store.StoryStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the stories are kept: an H2 folder (default in the home folder) or a JDBC URL. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Folder of the embedded store (default: $PRECIS_STORE, else ~/.precis/stories).")
    Path store;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Use a database server instead of a folder, e.g. jdbc:h2:tcp://host/stories "
                    + "(default: $PRECIS_STORIES_DB). User and password from $PRECIS_DB_USER and $PRECIS_DB_PASSWORD.")
    String url;

    StoryStore open() {
        String jdbc = url != null ? url : System.getenv("PRECIS_STORIES_DB");
        if (jdbc != null && !jdbc.isBlank()) {
            if (store != null) throw new BadInputException("give --store or --db, not both");
            if (!jdbc.startsWith("jdbc:")) throw new BadInputException("--db takes a JDBC URL (jdbc:...), not '" + jdbc + "'");
            return StoryStore.connect(jdbc, env("PRECIS_DB_USER"), env("PRECIS_DB_PASSWORD"), jdbc);
        }
        return StoryStore.open(folder());
    }

    Stories stories(GroupingParams params) {
        return Stories.open(open(), params);
    }

    private Path folder() {
        if (store != null) return store;
        String env = System.getenv("PRECIS_STORE");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".precis", "stories");
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }
}

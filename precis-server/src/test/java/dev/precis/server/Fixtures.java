package dev.precis.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.model.Cluster;

import java.nio.file.Path;

/** The repository's bundled example, as the JSON body a client would send. */
final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static Path repo() {
        return Path.of(System.getProperty("precis.root", "..")).toAbsolutePath().normalize();
    }

    static Cluster harbourFire() {
        return Sources.readAll(repo().resolve("examples/harbour-fire")).get(0).cluster();
    }

    static String harbourFireJson() {
        return json(harbourFire());
    }

    static String json(Cluster cluster) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", cluster.id());
        ArrayNode docs = root.putArray("documents");
        for (Article a : cluster.articles()) {
            ObjectNode d = docs.addObject();
            d.put("id", a.id());
            d.put("title", a.title());
            d.put("outlet", a.outlet());
            d.put("url", a.url());
            if (a.date() != null) d.put("date", a.date().toString());
            d.put("text", a.text());
        }
        return root.toString();
    }
}

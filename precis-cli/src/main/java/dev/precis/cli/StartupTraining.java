package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.cli.stories.TemporaryFolder;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.server.PrecisServer;
import dev.precis.server.ServerSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;

/**
 * The run the launcher records its class-data archive from ({@code -XX:ArchiveClassesAtExit}): it
 * summarises a folder as {@code summarize} does, then serves the same cluster once over HTTP from a
 * server with a story store, so that both commands find the classes they load at start already
 * parsed and verified in the archive.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(args.length == 1 && run(Path.of(args[0])) ? 0 : 1);
    }

    /** Summarises {@code folder} on the command line and through a server; true when both succeed. */
    static boolean run(Path folder) throws IOException, InterruptedException {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        if (Main.run(none, none, "summarize", folder.toString(), "--format", "json") != 0) return false;
        try (TemporaryFolder store = TemporaryFolder.create("precis-training");
             PrecisServer server = PrecisServer.start(ServerSettings.defaults().withPort(0).withStore(store.path()))) {
            return answered(server.port(), body(folder));
        }
    }

    private static byte[] body(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode cluster = json.createObjectNode().put("id", "training");
        ArrayNode documents = cluster.putArray("documents");
        for (ClusterInput input : Sources.readAll(folder)) {
            for (Article a : input.cluster().articles()) documents.addObject().put("id", a.id()).put("text", a.text());
        }
        return json.writeValueAsBytes(cluster);
    }

    /** Posts the cluster until the server answers it; it answers 503 while its models load. */
    private static boolean answered(int port, byte[] body) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/v1/summarize")
                    .toURL().openConnection();
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            int status = c.getResponseCode();
            (status == 200 ? c.getInputStream() : c.getErrorStream()).readAllBytes();
            if (status == 200) return true;
            if (status != 503) return false;
            Thread.sleep(50);
        }
        return false;
    }
}

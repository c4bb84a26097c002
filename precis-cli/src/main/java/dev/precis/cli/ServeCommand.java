package dev.precis.cli;

import dev.precis.model.BadInputException;
import dev.precis.server.PrecisServer;
import dev.precis.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
                "Serve the HTTP API (POST /v1/summarize, the story routes) and the web page at /.",
                "",
                "Listens on 127.0.0.1 unless --host says otherwise. The models load in the background: "
                        + "GET /live answers at once, GET /ready once they are loaded. Stops on Ctrl-C. "
                        + "The API is described in docs/api.md."},
        footer = {"", "Examples:",
                "  ./precis serve --port 8080",
                "  curl -s localhost:8080/v1/summarize -d @cluster.json"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--store", paramLabel = "DIR", description = "Folder of the story store (created when missing).")
    Path store;

    @Option(names = "--max-body-mb", defaultValue = "10", paramLabel = "MB",
            description = "Largest request body; larger gets 413 (default ${DEFAULT-VALUE}).")
    int maxBodyMb;

    @Option(names = "--max-articles", defaultValue = "100", paramLabel = "N",
            description = "Most articles in one request; more gets 400 (default ${DEFAULT-VALUE}).")
    int maxArticles;

    @Option(names = "--timeout-ms", defaultValue = "10000", paramLabel = "MS",
            description = "Time one summary may take unless the request asks for less; then 503 and the "
                    + "work is cancelled (default ${DEFAULT-VALUE}).")
    int timeoutMs;

    @Option(names = "--max-timeout-ms", defaultValue = "60000", paramLabel = "MS",
            description = "The most a request's timeout_ms may ask for (default ${DEFAULT-VALUE}).")
    int maxTimeoutMs;

    @Option(names = "--workers", paramLabel = "N",
            description = "Summaries computed at once (default: one per core).")
    Integer workers;

    @Override
    public Integer call() throws InterruptedException {
        // Set before the first logger exists: slf4j-simple reads its level once.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        ServerSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrecisServer server;
        try {
            server = PrecisServer.start(settings);
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw new BadInputException("cannot listen on " + host + ":" + port + ": the port is in use "
                        + "or the address is not this machine's");
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "precis-shutdown"));
        out.println("precis: serving on http://" + host + ":" + server.port() + "/ (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return 0;
    }

    private ServerSettings settings() {
        if (port < 0 || port > 65535) throw new BadInputException("--port must be 0..65535, not " + port);
        if (maxBodyMb <= 0) throw new BadInputException("--max-body-mb must be positive");
        if (maxArticles <= 0) throw new BadInputException("--max-articles must be positive");
        if (timeoutMs <= 0 || maxTimeoutMs < timeoutMs) {
            throw new BadInputException("--timeout-ms must be positive and at most --max-timeout-ms");
        }
        if (workers != null && workers <= 0) throw new BadInputException("--workers must be positive");
        ServerSettings s = ServerSettings.defaults().withHost(host).withPort(port)
                .withMaxBodyBytes(maxBodyMb * 1024L * 1024L).withMaxArticles(maxArticles)
                .withTimeouts(Duration.ofMillis(timeoutMs), Duration.ofMillis(maxTimeoutMs));
        if (workers != null) s = s.withWorkers(workers, s.queue());
        return store == null ? s : s.withStore(store);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}

package dev.precis.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server listens and what it accepts. Immutable; change it with the {@code with} methods.
 *
 * @param host        address to bind; loopback by default, so nothing is exposed unless asked
 * @param port        0 picks a free port (tests)
 * @param maxBodyBytes a larger request body is refused with 413 before it is parsed
 * @param maxArticles  more articles in one request are refused with 400
 * @param timeout      how long one summary may take when the request does not say
 * @param maxTimeout   the most a request may ask for
 * @param workers      summaries computed at once (one per core keeps latency flat under load)
 * @param queue        summaries waiting for a worker; more are refused with 503
 * @param store        story store folder, or null for a server without stories
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int maxArticles, Duration timeout,
                             Duration maxTimeout, int workers, int queue, Path store) {
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535: " + port);
        if (maxBodyBytes <= 0 || maxArticles <= 0 || workers <= 0 || queue <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (timeout.isNegative() || timeout.isZero() || maxTimeout.compareTo(timeout) < 0) {
            throw new IllegalArgumentException("timeout must be positive and at most maxTimeout");
        }
    }

    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 8080, DEFAULT_MAX_BODY_BYTES, 100, Duration.ofSeconds(10),
                Duration.ofSeconds(60), Runtime.getRuntime().availableProcessors(), 256, null);
    }

    public ServerSettings withHost(String h) { return new ServerSettings(h, port, maxBodyBytes, maxArticles, timeout, maxTimeout, workers, queue, store); }
    public ServerSettings withPort(int p) { return new ServerSettings(host, p, maxBodyBytes, maxArticles, timeout, maxTimeout, workers, queue, store); }
    public ServerSettings withMaxBodyBytes(long b) { return new ServerSettings(host, port, b, maxArticles, timeout, maxTimeout, workers, queue, store); }
    public ServerSettings withMaxArticles(int n) { return new ServerSettings(host, port, maxBodyBytes, n, timeout, maxTimeout, workers, queue, store); }
    public ServerSettings withTimeouts(Duration t, Duration max) { return new ServerSettings(host, port, maxBodyBytes, maxArticles, t, max, workers, queue, store); }
    public ServerSettings withWorkers(int w, int q) { return new ServerSettings(host, port, maxBodyBytes, maxArticles, timeout, maxTimeout, w, q, store); }
    public ServerSettings withStore(Path s) { return new ServerSettings(host, port, maxBodyBytes, maxArticles, timeout, maxTimeout, workers, queue, s); }
}

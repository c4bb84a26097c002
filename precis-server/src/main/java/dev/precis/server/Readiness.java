package dev.precis.server;

import dev.precis.Pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Loads the pipeline (the NLP models) in the background so the server answers {@code /live} at
 * once and {@code /ready} as soon as the models are in memory.
 */
final class Readiness {
    private final CompletableFuture<Pipeline> loading = new CompletableFuture<>();

    Readiness(Supplier<Pipeline> loader) {
        Thread t = new Thread(() -> {
            try {
                loading.complete(loader.get());
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "precis-model-loader");
        t.setDaemon(true);
        t.start();
    }

    boolean ready() {
        return loading.isDone() && !loading.isCompletedExceptionally();
    }

    /** The loaded pipeline, or a 503 while it is still loading (or could not be loaded). */
    Pipeline pipeline() {
        if (!ready()) {
            throw ApiError.unavailable("not_ready", loading.isCompletedExceptionally()
                    ? "the models could not be loaded; see the server log" : "the models are still loading");
        }
        return loading.join();
    }
}

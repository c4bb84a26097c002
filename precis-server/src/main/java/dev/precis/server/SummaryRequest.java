package dev.precis.server;

import dev.precis.Precis;

import dev.precis.SummaryOptions;
import dev.precis.Summarizers;
import dev.precis.model.BadInputException;
import dev.precis.select.Budget;
import io.javalin.http.Context;

import java.time.Duration;

/**
 * The options of one summary request, from its query string, named as the CLI's flags:
 * {@code words}, {@code sentences}, {@code algorithm}, {@code evidence=on|off}, {@code explain},
 * plus {@code pretty} and {@code timeout_ms} (capped at the server's maximum).
 */
record SummaryRequest(SummaryOptions options, boolean explain, boolean pretty, Duration timeout) {

    static SummaryRequest defaults(ServerSettings settings) {
        return new SummaryRequest(SummaryOptions.defaults(), false, false, settings.timeout());
    }

    static SummaryRequest from(Context ctx, ServerSettings settings) {
        SummaryOptions o = SummaryOptions.defaults();
        Integer words = positive(ctx, "words");
        Integer sentences = positive(ctx, "sentences");
        if (words != null && sentences != null) {
            throw ApiError.badRequest("invalid_parameter", "give words or sentences, not both");
        }
        if (words != null) o = o.withBudget(Budget.words(words));
        if (sentences != null) o = o.withBudget(Budget.sentences(sentences));
        String algorithm = ctx.queryParam("algorithm");
        if (algorithm != null) {
            try {
                Precis.pipeline().summarizers().get(algorithm);
            } catch (BadInputException e) {
                throw ApiError.badRequest("invalid_parameter", e.getMessage());
            }
            o = o.withAlgorithm(algorithm);
        }
        Boolean evidence = flag(ctx, "evidence");
        if (evidence != null) o = o.withEvidence(evidence);
        Boolean explain = flag(ctx, "explain");
        Boolean pretty = flag(ctx, "pretty");
        Integer timeoutMs = positive(ctx, "timeout_ms");
        Duration timeout = timeoutMs == null ? settings.timeout() : Duration.ofMillis(timeoutMs);
        if (timeout.compareTo(settings.maxTimeout()) > 0) timeout = settings.maxTimeout();
        return new SummaryRequest(o, Boolean.TRUE.equals(explain), Boolean.TRUE.equals(pretty), timeout);
    }

    private static Integer positive(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) return null;
        try {
            int n = Integer.parseInt(v.strip());
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below with the parameter's name
        }
        throw ApiError.badRequest("invalid_parameter", name + " must be a positive whole number, not '" + v + "'");
    }

    private static Boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) return null;
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "1", "yes", "" -> true;
            case "off", "false", "0", "no" -> false;
            default -> throw ApiError.badRequest("invalid_parameter", name + " takes on or off, not '" + v + "'");
        };
    }
}

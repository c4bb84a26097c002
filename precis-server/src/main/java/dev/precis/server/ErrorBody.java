package dev.precis.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writes the one error shape every route answers with. */
final class ErrorBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBody() {
    }

    static String json(int status, String type, String reason) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("type", type);
        error.put("reason", reason);
        root.put("status", status);
        return root.toString();
    }

    static void write(Context ctx, ApiError e) {
        ctx.attribute(Metrics.ERROR_TYPE, e.type());
        ctx.status(e.status()).contentType("application/json").result(json(e.status(), e.type(), e.reason()));
    }
}

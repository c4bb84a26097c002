package dev.precis.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Errors Jetty answers itself, before a request reaches a route (an undecodable URI, a broken
 * header): the same JSON error shape as every route, instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return body(status, reason);
    }

    private static ByteBuffer body(int code, String message) {
        String type = switch (code) {
            case 404 -> "not_found";
            case 413 -> "body_too_large";
            case 400, 431 -> "bad_request";
            default -> code >= 500 ? "internal_error" : "http_" + code;
        };
        String reason = code >= 500 || message == null || message.isBlank()
                ? "the request could not be handled (HTTP " + code + ")"
                : message.lines().findFirst().orElse("").strip();
        return ByteBuffer.wrap(ErrorBody.json(code, type, reason).getBytes(StandardCharsets.UTF_8));
    }
}

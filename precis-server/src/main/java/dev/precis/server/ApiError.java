package dev.precis.server;

/**
 * A request the server answers with an error status and the one error shape
 * {@code {"error": {"type", "reason"}, "status"}}. {@code type} is a stable machine word,
 * {@code reason} a one-line message for people.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String type;

    public ApiError(int status, String type, String reason) {
        super(reason, null, false, false);
        this.status = status;
        this.type = type;
    }

    public static ApiError badRequest(String type, String reason) {
        return new ApiError(400, type, reason);
    }

    public static ApiError notFound(String reason) {
        return new ApiError(404, "not_found", reason);
    }

    public static ApiError unavailable(String type, String reason) {
        return new ApiError(503, type, reason);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String reason() {
        return getMessage();
    }
}

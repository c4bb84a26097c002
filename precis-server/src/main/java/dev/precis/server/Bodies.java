package dev.precis.server;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a request body under the size cap. A declared length over the cap is refused before
 * reading; a chunked body is read only up to the cap, so a client cannot make the server buffer
 * more than that.
 */
final class Bodies {
    private Bodies() {
    }

    static String utf8(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw tooLarge(maxBytes);
        byte[] buf = new byte[(int) Math.min(Math.max(declared, 8192), maxBytes + 1)];
        int len = 0;
        try (InputStream in = ctx.req().getInputStream()) {
            while (true) {
                if (len == buf.length) {
                    if (len > maxBytes) throw tooLarge(maxBytes);
                    buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxBytes + 1));
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) break;
                len += n;
                if (len > maxBytes) throw tooLarge(maxBytes);
            }
        } catch (IOException e) {
            throw ApiError.badRequest("unreadable_body", "the request body could not be read: " + e.getMessage());
        }
        if (len == 0) throw ApiError.badRequest("empty_body", "the request has no body; send a cluster as JSON");
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, 0, len)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("invalid_encoding", "the request body is not valid UTF-8");
        }
    }

    static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, "body_too_large", "the request body is larger than the limit of "
                + maxBytes + " bytes");
    }
}

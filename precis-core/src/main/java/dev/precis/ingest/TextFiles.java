package dev.precis.ingest;

import dev.precis.model.BadInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads text files as strict UTF-8 with a character cap: a file larger than the cap is read only
 * up to it, so a 50 MB article costs the same as a 200 KB one.
 */
final class TextFiles {
    private TextFiles() {
    }

    /**
     * The file's text (BOM stripped), at most {@code maxChars} characters; "" when the file is empty.
     *
     * @throws BadInputException for binary content, invalid UTF-8 or an unreadable file
     */
    static String read(Path path, int maxChars) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(Limits.SNIFF_BYTES);
            if (looksBinary(head, head.length)) {
                throw new BadInputException("binary file, not text: " + path);
            }
            int skip = hasBom(head) ? 3 : 0;
            InputStream rest = new SequenceInputStream(
                    new ByteArrayInputStream(head, skip, head.length - skip), in);
            return decode(rest, maxChars, path);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + path, e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + reason(e), e);
        }
    }

    private static String decode(InputStream in, int maxChars, Path path) throws IOException {
        CharsetDecoder decoder = strictUtf8();
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try (Reader reader = new InputStreamReader(in, decoder)) {
            while (sb.length() < maxChars) {
                int n = reader.read(buf, 0, Math.min(buf.length, maxChars - sb.length()));
                if (n < 0) break;
                sb.append(buf, 0, n);
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException("not valid UTF-8: " + path, e);
        }
        return sb.toString();
    }

    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** NUL bytes, or more than 10% control characters other than tab, CR, LF, FF and ESC. */
    static boolean looksBinary(byte[] b, int len) {
        int control = 0;
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) control++;
        }
        return len > 0 && control * 10 > len;
    }

    static boolean isBlank(String s) {
        return s.isBlank() || s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replaceAll("Exception$", "");
        if (m == null || m.isBlank()) return kind;
        return Arrays.stream(m.split("\\R")).findFirst().orElse(kind);
    }
}

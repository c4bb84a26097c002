package dev.precis.server.web;

import dev.precis.ingest.ArticleTexts;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.server.ApiError;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the paste box: pasted text (articles between {@code ---} lines) and uploaded files. */
final class PasteRoute {
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^[ \\t]*-{3,}[ \\t]*$");

    private PasteRoute() {
    }

    static Cluster cluster(Context ctx) {
        List<Article> articles = new ArrayList<>();
        String text = ctx.formParam("text");
        if (text != null) {
            for (String piece : SEPARATOR.split(text.replace("\r\n", "\n"))) {
                if (!piece.isBlank()) articles.add(ArticleTexts.fromText(String.valueOf(articles.size() + 1), piece));
            }
        }
        for (UploadedFile f : ctx.uploadedFiles("files")) {
            if (f.size() == 0) continue;
            String name = f.filename() == null ? "" : f.filename();
            String body = utf8(f, name);
            String id = String.valueOf(articles.size() + 1);
            String lower = name.toLowerCase(Locale.ROOT);
            boolean html = lower.endsWith(".html") || lower.endsWith(".htm")
                    || (f.contentType() != null && f.contentType().startsWith("text/html"));
            Article a = html ? ArticleTexts.fromHtml(id, body) : ArticleTexts.fromText(id, body);
            if (!a.text().isBlank()) articles.add(a);
        }
        if (articles.isEmpty()) {
            throw ApiError.badRequest("invalid_input", "paste at least one article or choose a file");
        }
        return new Cluster("pasted", articles);
    }

    private static String utf8(UploadedFile f, String name) {
        try (InputStream in = f.content()) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("invalid_encoding", name + " is not UTF-8 text");
        } catch (IOException e) {
            throw ApiError.badRequest("unreadable_body", name + " could not be read");
        }
    }
}

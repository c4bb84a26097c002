package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gallery captions written as a label, a colon and an unpunctuated description: "Double date:
 * While the couple arrived holding hands, their friends walked apart". Galleries come in series,
 * so the article must hold at least {@value #MIN_IN_ARTICLE} such lines; a single one may be prose
 * that lost its full stop.
 */
public final class LabelCaption implements LineRule {
    private static final Pattern P = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}: \\p{Lu}");

    @Override
    public String id() {
        return "caption";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (!shaped(line)) return Optional.empty();
        int count = ctx.memo("label-captions", line.article(), () -> {
            int c = 0;
            for (Line l : ctx.lines(line.article())) if (shaped(l)) c++;
            return c;
        });
        return count >= MIN_IN_ARTICLE
                ? Optional.of("a gallery caption (a label and an unpunctuated description)") : Optional.empty();
    }

    static final int MIN_IN_ARTICLE = 2;

    private static boolean shaped(Line line) {
        return !line.terminal() && line.words() <= 45 && line.text().indexOf(':') > 0 && P.matcher(line.text()).find();
    }
}

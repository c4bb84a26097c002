package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** Lines that are only addresses, e-mails, handles or hashtags. */
public final class UrlOnly implements LineRule {
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(?:https?:?/*\\S*|www\\.\\S+|\\S+@\\S+\\.\\S+|[@#]\\w+|\\S+\\.(?:com|org|net|co\\.uk|ly)(?:/\\S*)?|[-–—:|,·•]+)");

    @Override
    public String id() {
        return "url-only";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.letters() > 0 && line.text().indexOf('.') < 0 && line.text().indexOf('@') < 0
                && line.text().indexOf('#') < 0) return Optional.empty();
        if (line.words() > 8 && !line.text().contains("http")) return Optional.empty();
        for (String t : line.tokens()) if (!TOKEN.matcher(t).matches()) return Optional.empty();
        return Optional.of("only links, e-mail addresses or handles");
    }
}

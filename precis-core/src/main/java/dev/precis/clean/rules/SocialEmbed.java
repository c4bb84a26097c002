package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** Embedded social-media posts: "A post shared by ...", "pic.twitter.com/...", "— Name (@handle) May 2, 2017". */
public final class SocialEmbed implements LineRule {
    private static final Pattern P = Pattern.compile(
            "A post shared by|pic\\.twitter\\.com/|\\(@\\w{1,30}\\)\\s+(?:on\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\w*\\.?\\s+\\d{1,2},\\s+\\d{4}");

    @Override
    public String id() {
        return "social-embed";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        String t = line.text();
        if ((t.indexOf('@') >= 0 || t.contains("shared by") || t.contains("pic.")) && P.matcher(t).find()) {
            return Optional.of("an embedded social-media post");
        }
        return Optional.empty();
    }
}

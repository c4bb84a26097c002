package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;


import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sentences about media embedded in the page: "Watch the clip above.", "The video shown here
 * explains...", "The official page published the following image.".
 */
public final class MediaReference implements LineRule {
    private static final Pattern P = Pattern.compile(
            "(?i)\\b(?:video|videos|clip|footage|photos?|images?|gallery|slideshow|pictures?|graphic|map)\\b[^.!?]{0,60}"
                    + "\\b(?:above|below)\\b[^.!?]{0,30}[.:!]?[\"”)]?\\s*$"
                    + "|(?i)\\b(?:video|clip|footage|photos?|images?|gallery|slideshow) (?:shown|seen|featured|embedded) (?:here|above|below)\\b"
                    + "|(?i)\\bthe following (?:video|clip|footage|photo|image|picture|graphic|tweet|post)s?\\s*[.:]?[\"”)]?\\s*$");

    @Override
    public String id() {
        return "media-reference";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.words() > 35) return Optional.empty();
        String k = line.key();
        if (k.indexOf("above") < 0 && k.indexOf("below") < 0 && k.indexOf(" here") < 0 && k.indexOf("following") < 0) return Optional.empty();
        return P.matcher(line.text()).find() ? Optional.of("refers to a video or picture in the page") : Optional.empty();
    }
}

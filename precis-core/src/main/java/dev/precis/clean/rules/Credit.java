package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Photo-credit phrases: "Photo: ...", "Getty Images", "AP Photo/...", "Image copyright". */
public final class Credit implements LineRule {
    private static final List<String> PHRASES = List.of("Getty Images", "AP Photo", "/Getty", "Getty/",
            "Image copyright", "Image caption", "toggle caption", "Enlarge this image", "Photographer:", "(Photo:",
            "Photo by", "Photo credit", "Media caption", "Handout via", "/Handout");
    private static final Pattern AGENCY_SLASH = Pattern.compile(
            "\\b(?:REUTERS|Reuters|AFP|EPA|AP)/\\p{Lu}|/(?:REUTERS|Reuters|AFP|EPA)\\b");
    private static final Pattern LABEL = Pattern.compile(
            "(?:FILE )?(?:PHOTOS?|Photos?|Photograph|Picture|Pictured|Image|IMAGE)\\s*:|Caption\\s+\\p{Lu}");
    /** A credit closing the line: "... via REUTERS", "... Jane Doe/AFP". */
    private static final Pattern TAIL = Pattern.compile("(?:\\bvia|/)\\s*(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Getty)\\s*$");

    @Override
    public String id() {
        return "credit";
    }

    private static boolean endsWithAgency(String t) {
        return t.endsWith("REUTERS") || t.endsWith("Reuters") || t.endsWith("AFP") || t.endsWith("AP")
                || t.endsWith("EPA") || t.endsWith("Getty Images") || t.endsWith("Getty");
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        String t = line.text();
        boolean credit = LABEL.matcher(t).lookingAt()
                || (!line.terminal() && t.indexOf('/') >= 0 && AGENCY_SLASH.matcher(t).find())
                || (!line.terminal() && endsWithAgency(t) && TAIL.matcher(t).find());
        for (int i = 0; i < PHRASES.size() && !credit; i++) credit = t.contains(PHRASES.get(i));
        if (credit) return Optional.of("a photo caption or picture credit");
        return Optional.empty();
    }
}

package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Links to other stories: "Read more: ...", "WATCH: ...", "... Read more". */
public final class RelatedLink implements LineRule {
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:read(?: next| more| also)?|also read|more|video|watch|related|see also|listen|photos?|gallery"
                    + "|recommended|click here|don't miss|trending)\\s*(?::|»|>>)\\s*\\S.*");
    /**
     * "Related" and a capitalised headline with no colon, its deck run on and no full stop ("Related Jane
     * Roe: 10 Essential Songs From the Singer Jane Roe died at 42, but her songs live on"); a story
     * sentence that opens with the word ends with its full stop.
     */
    private static final Pattern HEADLINE = Pattern.compile("Related \\p{Lu}");
    private static final List<String> TAILS = List.of("read more", "click here", "see more", "watch now");

    @Override
    public String id() {
        return "related-link";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (!line.terminal() && line.words() <= 40 && HEADLINE.matcher(line.text()).lookingAt()) {
            return Optional.of("a link to another story: its headline and deck after \"Related\"");
        }
        if (line.words() > 25) return Optional.empty();
        String t = line.text();
        int colon = -1;
        for (int i = 0; i < Math.min(t.length(), 24) && colon < 0; i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '»' || c == '>') colon = i;
        }
        String k = line.key();
        while (k.endsWith("»") || k.endsWith(">") || k.endsWith(" ")) k = k.substring(0, k.length() - 1);
        boolean tail = false;
        for (String end : TAILS) tail |= k.endsWith(end) && (k.length() == end.length() || !Character.isLetter(k.charAt(k.length() - end.length() - 1)));
        if (tail || (colon > 0 && LABEL.matcher(t).matches())) {
            return Optional.of("a link to another story");
        }
        return Optional.empty();
    }
}

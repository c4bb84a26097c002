package dev.precis.clean.rules;

import dev.precis.clean.PrefixRule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline printed twice before the text: "Storm Closes Harbour Storm Closes Harbour The storm...".
 * Both copies are cut. A bracketed media label is cut too: "[Video] The mayor...".
 */
public final class RepeatedHeadline implements PrefixRule {
    private static final Pattern MEDIA_LABEL = Pattern.compile(
            "^\\[(?:[^\\]]{0,20}\\b)?(?:Video|VIDEO|Photos?|PHOTOS?|Audio|AUDIO|Gallery|Watch|WATCH|Listen)\\b[^\\]]{0,20}\\]\\s+(?=[\\p{Lu}\"“])");

    @Override
    public String id() {
        return "headline";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 40) return Optional.empty();
        if (line.charAt(0) == '[') {
            Matcher m = MEDIA_LABEL.matcher(line);
            return m.find() ? Optional.of(new Cut(m.end(), "a media label before the text")) : Optional.empty();
        }
        int w = 0, i = 0;
        while (i < line.length() && w < 4) { // the first four words
            int j = line.indexOf(' ', i);
            if (j < 0) return Optional.empty();
            w++;
            i = j + 1;
        }
        String head = line.substring(0, i);
        int again = line.indexOf(head, i);
        if (again < 0 || again > 200) return Optional.empty();
        String first = line.substring(0, again);
        int end = again + first.length();
        if (!line.startsWith(first, again) || end >= line.length() - 20) return Optional.empty();
        while (end < line.length() && line.charAt(end) == ' ') end++;
        if (!Character.isUpperCase(line.charAt(end))) return Optional.empty();
        return Optional.of(new Cut(end, "a headline printed twice before the text"));
    }
}

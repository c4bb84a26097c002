package dev.precis.clean.rules;

import dev.precis.lexicon.Spaces;
import dev.precis.clean.PrefixRule;
import dev.precis.clean.RuleText;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label in capitals before the text: a transcript's speaker ("SMITH: ", "JOHN DOE: "), or a
 * tag such as "UPDATE: " or "Updated | ". Link labels ("READ MORE:", "WATCH:") are left for
 * {@link RelatedLink}, which drops the whole line.
 */
public final class LabelPrefix implements PrefixRule {
    private static final Pattern CAPS = Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’ -]{0,30}[\\p{Lu}.])\\s*:\\s+(?=\\S)");
    private static final Pattern UPDATED = Pattern.compile("^(?:Updated|UPDATED|Update|UPDATE)\\s*[|:]\\s+(?=\\S)");
    private static final Set<String> LINK_LABELS = Set.of("READ", "READ MORE", "MORE", "WATCH", "RELATED", "VIDEO",
            "PHOTOS", "PHOTO", "SEE ALSO", "LISTEN", "GALLERY", "CLICK HERE", "SOURCE", "SOURCES", "CREDIT",
            "COPYRIGHT", "ALSO READ", "READ NEXT", "RECOMMENDED", "TRENDING");

    @Override
    public String id() {
        return "label";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 4 || !Character.isUpperCase(line.charAt(0))) return Optional.empty();
        if (line.startsWith("Update") || line.startsWith("UPDATE")) {
            Matcher u = UPDATED.matcher(line);
            if (u.find()) return Optional.of(new Cut(u.end(), "an update tag"));
        }
        int colon = line.indexOf(':');
        if (colon < 2 || colon > 34 || !Character.isUpperCase(line.charAt(1)) && line.charAt(1) != ' ') return Optional.empty();
        Matcher m = CAPS.matcher(line);
        if (!m.find()) return Optional.empty();
        String label = m.group(1).strip();
        if (Spaces.split(label).length > 4 || LINK_LABELS.contains(label)) return Optional.empty();
        if (RuleText.letters(label) < 2) return Optional.empty();
        return Optional.of(new Cut(m.end(), "a speaker or section label"));
    }
}

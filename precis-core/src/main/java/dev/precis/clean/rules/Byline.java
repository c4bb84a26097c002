package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Bylines: "By Jane Doe", or a name-only line like "Jane Doe with John Roe in Paris". */
public final class Byline implements LineRule {
    private static final Pattern WRAPPING = Pattern.compile("^[\"'“(]+|[,;:.\"'”)]+$");
    private static final Pattern PARTICLE_NAME = Pattern.compile("(?:al|el|bin|de|da|van|von|d|ibn)-\\p{Lu}.*|[dD]'\\p{Lu}.*");
    private static final Pattern BY = Pattern.compile("^(?:[/|•·-]\\s*)?(?:(?:Updated|Written|Reported|Story|Words)\\s+)?[Bb][Yy]\\s*:?\\s+\\p{Lu}");
    private static final Set<String> CONNECTORS = Set.of("with", "and", "&", "in", "of", "de", "del", "da", "di",
            "van", "von", "der", "al", "el", "bin", "ibn", "la", "le", "y", "du", "dos", "das");

    @Override
    public String id() {
        return "byline";
    }

    static boolean nameLike(String[] tokens, int from) {
        int names = 0;
        for (int i = from; i < tokens.length; i++) {
            String t = WRAPPING.matcher(tokens[i]).replaceAll("");
            if (t.isEmpty()) continue;
            if (CONNECTORS.contains(t.toLowerCase(Locale.ROOT))) continue;
            char c = t.charAt(0);
            boolean cap = Character.isUpperCase(c)
                    || PARTICLE_NAME.matcher(t).matches();
            if (!cap) return false;
            names++;
        }
        return names >= 2;
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.words() > 14 || (line.terminal() && !line.text().endsWith("."))) return Optional.empty();
        String[] tokens = line.tokens();
        if (BY.matcher(line.text()).find() && (line.words() <= 6 || nameLike(tokens, 1) || !line.terminal())) {
            return Optional.of("a byline (author credit)");
        }
        if (line.terminal()) return Optional.empty();
        boolean joiner = line.text().contains(",");
        for (String t : tokens) {
            String w = t.toLowerCase(Locale.ROOT);
            if (w.equals("with") || w.equals("and") || w.equals("&")) joiner = true;
        }
        if (joiner && line.words() >= 3 && nameLike(tokens, 0) && line.upper() * 2 < line.letters()) {
            return Optional.of("a byline (names only)");
        }
        return Optional.empty();
    }
}

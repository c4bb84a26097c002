package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** Source and copyright notes: "Source: ...", "Agencies contributed to this report", "©". */
public final class SourceNote implements LineRule {
    private static final Pattern ANYWHERE = Pattern.compile(
            "(?i)©|\\ball rights reserved\\b|\\bcontributed (?:to )?this (?:report|article|story)\\b|\\bcontributed reporting\\b"
                    + "|^\\(?(?:additional )?reporting by\\b|\\bediting by\\b|^this (?:article|story) (?:appeared|was (?:first )?published|originally appeared)\\b"
                    + "|^this (?:article|story|report|post) (?:has been|was) (?:corrected|updated|amended|changed)\\b"
                    + "|^(?:this (?:article|story|post) (?:was )?)?originally (?:published|appeared|posted) (?:on|in|at|by)\\b"
                    + "|^(?:correction|clarification|editor'?s note)\\s*:");
    private static final Pattern START = Pattern.compile(
            "(?i)^(?:sources?|via|credits?|copyright|\\(c\\))\\s*[:\\s]");

    @Override
    public String id() {
        return "source-note";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        String k = line.key();
        boolean maybe = k.indexOf('©') >= 0 || k.contains("reserved") || k.contains("contributed")
                || k.contains("reporting by") || k.contains("editing by")
                || k.startsWith("this ") || k.startsWith("originally") || k.startsWith("correction") || k.startsWith("clarification") || k.startsWith("editor");
        if (maybe && line.words() <= 40 && ANYWHERE.matcher(line.text()).find()) {
            return Optional.of("a source, credit or copyright note");
        }
        if (line.words() <= 12 && START.matcher(line.text()).find()) {
            return Optional.of("a source, credit or copyright note");
        }
        return Optional.empty();
    }
}

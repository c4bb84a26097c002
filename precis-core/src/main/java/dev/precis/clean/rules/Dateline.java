package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** Date and time stamps alone on a line: "Friday, September 23rd 2016", "Updated 10:32 GMT". */
public final class Dateline implements LineRule {
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:"
            + "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
            + "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}"
            + "|am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|ist|z"
            + "|updated|published|posted|last|modified|on|at|first|date|time|today|yesterday|ago|hours?|mins?|minutes?"
            + ")\\.?");
    private static final Pattern GAP = Pattern.compile("[\\s,|/()\\-–—:]+");

    @Override
    public String id() {
        return "dateline";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.words() > 10 || line.terminal() && line.words() > 6) return Optional.empty();
        boolean digit = false;
        for (String t : GAP.split(line.text())) {
            if (t.isEmpty()) continue;
            if (!TOKEN.matcher(t).matches()) return Optional.empty();
            for (int i = 0; i < t.length() && !digit; i++) digit = Character.isDigit(t.charAt(i));
        }
        return digit ? Optional.of("a date or time stamp") : Optional.empty();
    }
}

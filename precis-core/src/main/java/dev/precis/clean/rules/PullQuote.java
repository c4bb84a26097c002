package dev.precis.clean.rules;

import dev.precis.clean.ClusterContext;
import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.RuleText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pull quote: a quotation the page repeats in large type with its speaker's credit after a dash,
 * "Our results suggest ten a day is even better – Dr Jane Roe Study author". It repeats what the
 * article's own text says with its attribution, and read alone it is a first-person line glued to a
 * name and a title, so the whole line goes. Two signs together make it one: the line ends with a dash
 * and a short unpunctuated credit that opens with a capitalised name, and the words before the dash
 * open another line of the same article (the quotation where the story gives it).
 */
public final class PullQuote implements LineRule {
    /** The quotation, a spaced dash, and a credit of two to eight words, the first two capitalised. */
    private static final Pattern SHAPE = Pattern.compile(
            "^[\"“‘']?(.{30,400}?)[\"”’']?\\s+[–—-]\\s+(\\p{Lu}[\\p{L}.'’-]*\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.,'’&-]+){0,6})$");
    /** Words of the quotation that must open a sentence somewhere else in the article. */
    static final int OPENING_WORDS = 6;

    @Override
    public String id() {
        return "pull-quote";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (ctx == null || line.terminal() || line.words() > 80) return Optional.empty();
        String t = line.text();
        if (t.indexOf('–') < 0 && t.indexOf('—') < 0 && t.indexOf(" - ") < 0) return Optional.empty();
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) return Optional.empty();
        List<String> words = words(m.group(1));
        if (words.size() < OPENING_WORDS + 2) return Optional.empty();
        // compared as lower-case words, so punctuation and quotation marks do not hide the repeat
        String opening = " " + String.join(" ", words.subList(0, OPENING_WORDS)) + " ";
        for (Line other : ctx.lines(line.article())) {
            if (other.index() == line.index()) continue;
            if ((" " + String.join(" ", words(other.text())) + " ").contains(opening)) {
                return Optional.of("a pull quote: a quotation the article gives elsewhere, with its speaker's credit after a dash");
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : RuleText.words(text)) if (!w.isEmpty()) out.add(w);
        return out;
    }
}

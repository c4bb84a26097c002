package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unpunctuated lines before the story's first paragraph: the headline, kicker, labels; and a
 * headline run into its deck ("Team wins title, routs rival in Game 5 Star gets triple-double and
 * leads team to title"), which is long enough to pass for a paragraph but holds no sentence end.
 */
public final class LeadingHeadline implements LineRule {
    /** Most words of a headline with its deck; a longer unpunctuated line is story text that lost its stops. */
    static final int MAX_DECK_WORDS = 60;
    /** A sentence end inside the line: a stop followed by a space (what a headline and deck lack). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*\\s");
    /** Quoted words, whose grammar is the speaker's, not the headline's. */
    private static final Pattern QUOTED = Pattern.compile("[“\"‘][^”\"’]*[”\"’]");
    /** "the", "a", "an": a headline leaves them out ("Heat win title, rout Thunder in Game 5"). */
    private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(?:the|an?)\\b");
    /** Most articles outside quotations in a headline with its deck; a sentence of 25 words has several. */
    static final int MAX_DECK_ARTICLES = 1;

    @Override
    public String id() {
        return "headline";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.index() < ctx.firstBody(line.article()) && !line.terminal() && line.words() <= 25) {
            return Optional.of("before the story starts (the headline or a label)");
        }
        if (headlineWithDeck(line, ctx)) {
            return Optional.of("before the story starts (a headline run into its deck, no sentence end)");
        }
        return Optional.empty();
    }

    /**
     * The article's first paragraph-length line, story lines after it, and no sentence end in it at
     * all, and written as headlines are, without "the" or "a" (one at most, outside quotations); a
     * line ending in ":" or "," introduces what follows and is kept, and a sentence that merely lost
     * its full stop has its articles.
     */
    private static boolean headlineWithDeck(Line line, ClusterContext ctx) {
        if (line.terminal() || line.words() > MAX_DECK_WORDS || line.index() != ctx.firstBody(line.article())
                || ctx.lastBody(line.article()) <= line.index()) {
            return false;
        }
        String t = line.text();
        char last = t.charAt(t.length() - 1);
        if (last == ':' || last == ',' || last == ';' || SENTENCE_END.matcher(t).find()) return false;
        Matcher articles = ARTICLE.matcher(QUOTED.matcher(t).replaceAll(" "));
        int n = 0;
        while (articles.find()) if (++n > MAX_DECK_ARTICLES) return false;
        return true;
    }
}

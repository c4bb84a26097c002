package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is left of a paragraph a rule would drop whole when it holds several story sentences: a
 * one-line article that opens with a player's caption, ends with a cut-off teaser or carries one
 * embedded post. The paragraph is cut at sentence ends and where an embedded post's signature
 * closes it, and every piece is judged again on its own; the pieces no rule takes are kept, as
 * long as some of them read like story sentences.
 */
final class Salvage {
    /** Rules whose verdict is about the whole paragraph or article, never about a piece of it. */
    private static final Set<String> WHOLE = Set.of("notice", "duplicate", "template", "headline", "title", "menu");
    /**
     * Where a piece ends: a sentence end before a capital, or the signature that closes an embedded
     * post ("— Name (@handle) September 8, 2018"), after which the story goes on, in the truncated
     * form in lower case ("... ( @espnw ) september 8, 2018 while most people ...").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})"
            + "|(?<=\\(\\s?@\\w{1,30}\\s?\\)\\s{1,2}(?:on\\s)?\\p{L}{3,9}\\.?\\s\\d{1,2},\\s\\d{4})\\s+");
    /** Fewest story-like pieces that make a paragraph worth salvaging. */
    static final int MIN_STORY_PIECES = 2;
    /** Fewest words of a story-like piece. */
    static final int STORY_WORDS = 8;

    private Salvage() {
    }

    /** Runs of consecutive kept pieces (each becomes a line), and the removed pieces. */
    record Parts(List<String> kept, List<String> removed) {
    }

    /** What to keep of the line and what goes, or null when the whole line goes. */
    static Parts story(Line line, String rule, List<LineRule> rules, ClusterContext ctx) {
        if (WHOLE.contains(rule) || line.words() < 3 * STORY_WORDS) return null;
        String[] pieces = SENTENCE_END.split(line.text());
        if (pieces.length < MIN_STORY_PIECES + 1) return null;
        List<String> kept = new ArrayList<>(), removed = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int story = 0;
        for (int i = 0; i < pieces.length; i++) {
            Line piece = Line.of(line.article(), line.index(), pieces[i]);
            if (debris(piece, rules, ctx) || i == pieces.length - 1 && !piece.terminal()) {
                removed.add(pieces[i]);
                if (run.length() > 0) kept.add(run.toString());
                run.setLength(0);
                continue;
            }
            if (run.length() > 0) run.append(' ');
            run.append(pieces[i]);
            if (piece.words() >= STORY_WORDS && piece.terminal()) story++;
        }
        if (run.length() > 0) kept.add(run.toString());
        if (story < MIN_STORY_PIECES) return null;
        return new Parts(kept, removed);
    }

    private static boolean debris(Line piece, List<LineRule> rules, ClusterContext ctx) {
        for (LineRule r : rules) {
            if (WHOLE.contains(r.id())) continue;
            if (r.why(piece, ctx).isPresent()) return true;
        }
        return false;
    }
}

package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.Sentence;

import java.util.List;
import java.util.function.Function;

/**
 * A second try at a summary's last step when the first leaves much of a word budget empty. Greedy
 * selection takes the best sentence that fits at each step; when that last sentence leaves no room for
 * another, the summary can end well short of the budget, and ROUGE F1 against a reference of about the
 * budget's length loses recall for every word left unused. The selection is run again with the last
 * step's sentence passed over; the other summary is kept when it uses clearly more of the budget.
 * Only on raw text ({@link CasedArticles#anyIn}): on Multi-News' lower-cased truncated form it lost
 * val-truncated's first 1,000 clusters 0.0003 ROUGE-1.
 * Measured on val-raw (round rouge16, docs/learned-ranker.md): with {@link #MIN_LEFT} 10 and
 * {@link #MIN_GAIN} 3 ROUGE-1/-2 rose on both halves (even and odd ids); at 6/2 one half fell.
 */
final class BudgetFill {
    /** Words left empty from which the last step is tried again. */
    static final int MIN_LEFT = 10;
    /** Words more the other summary must use to be kept: a near tie keeps the greedy one, the better-scored. */
    static final int MIN_GAIN = 3;
    /**
     * Sentences a summary must hold for its last step to be tried again: in a summary of one or two
     * sentences the last step is most of it (the best sentence, or a line and its speaker), and passing
     * it over would trade the summary's core for words.
     */
    static final int MIN_SENTENCES = 3;

    private BudgetFill() {
    }

    /**
     * {@code chosen}, or (on raw text) the summary {@code without} gives when the last step's sentence (the last one
     * in {@code chosen}) is passed over, if that one uses at least {@link #MIN_GAIN} more words of a word
     * budget that {@code chosen} leaves at least {@link #MIN_LEFT} words short, with at least
     * {@link #MIN_SENTENCES} sentences.
     */
    static List<Sentence> retry(ClusterAnalysis analysis, List<Sentence> chosen, Budget budget,
            Function<Sentence, List<Sentence>> without) {
        if (budget.unit() != Budget.Unit.WORDS || chosen.size() < MIN_SENTENCES) return chosen;
        int used = words(chosen, budget);
        if (budget.limit() - used < MIN_LEFT || !CasedArticles.anyIn(analysis)) return chosen;
        List<Sentence> other = without.apply(chosen.get(chosen.size() - 1));
        return !other.isEmpty() && words(other, budget) >= used + MIN_GAIN ? other : chosen;
    }

    private static int words(List<Sentence> sentences, Budget budget) {
        int n = 0;
        for (Sentence s : sentences) n += budget.cost(s);
        return n;
    }
}

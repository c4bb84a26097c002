package dev.precis.evidence.quantities;

import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;

import java.util.List;

/**
 * One side of a two-sided disagreement that a form read outside {@link Quantities} gives ({@link Ranges},
 * {@link Ordinals}): the value as written, cited by the whole phrase it stands in.
 */
record WrittenEnds(double value, Disagreement.Side side) {

    /** The value {@code written} ({@code value} to order by) of the phrase at {@code start}..{@code end} of {@code article}. */
    static WrittenEnds of(double value, String written, int article, int start, int end, ClusterText text) {
        String t = text.articles().get(article).text();
        return new WrittenEnds(value, new Disagreement.Side(written, t.substring(start, end),
                Citation.of(text, article, start, end)));
    }

    /** The two sides in order of value, as {@link Sides} orders its sides. */
    static Disagreement disagreement(String subject, WrittenEnds x, WrittenEnds y) {
        return new Disagreement(subject, x.value() <= y.value() ? List.of(x.side(), y.side()) : List.of(y.side(), x.side()));
    }
}

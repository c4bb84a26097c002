package dev.precis.order;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.select.Introductions;
import dev.precis.select.Leanings;
import dev.precis.represent.TermVectors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Leading facts first: sentences are ordered by their relative position in their article
 * ({@code position / article length}), so every article's lead comes before any article's
 * body; ties go to the earlier-dated article (articles without a date after dated ones), then to
 * the lower article index. Sentences of one article keep their order in that article, because their
 * relative positions grow with their positions. A sentence that leans on the one before it is put
 * straight after it ({@link Adjacency}), so no other article's sentence comes between them.
 */
public final class SourceOrderer implements Orderer {
    @Override
    public List<Sentence> order(ClusterText text, List<Sentence> chosen) {
        return order(new ClusterAnalysis(text), chosen);
    }

    @Override
    public List<Sentence> order(ClusterAnalysis analysis, List<Sentence> chosen) {
        return order(analysis.text(), analysis.get(Leanings.OF_CLUSTER), chosen, () -> analysis.get(Introductions.OF_CLUSTER), analysis::vectors);
    }

    private static List<Sentence> order(ClusterText text, Leanings leanings, List<Sentence> chosen, Supplier<Introductions> intro, Supplier<TermVectors> vectors) {
        List<Sentence> sorted = new ArrayList<>(chosen);
        sorted.sort(comparator(text));
        return ReadingOrder.apply(text, leanings, Adjacency.keepTogether(text, leanings, sorted, vectors), intro);
    }

    private static Comparator<Sentence> comparator(ClusterText text) {
        return Comparator.<Sentence>comparingDouble(s -> relativePosition(text, s))
                .thenComparing(s -> date(text, s), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Sentence::article)
                .thenComparingInt(Sentence::position)
                .thenComparingInt(Sentence::id);
    }

    static double relativePosition(ClusterText text, Sentence s) {
        List<Sentence> own = text.sentencesOf(s.article());
        int length = own.size();
        if (!own.isEmpty()) length = Math.max(length, own.get(own.size() - 1).position() + 1);
        length = Math.max(length, s.position() + 1);
        return (double) s.position() / length;
    }

    private static LocalDate date(ClusterText text, Sentence s) {
        if (s.article() >= text.articles().size()) return null;
        return text.articles().get(s.article()).source().date();
    }
}

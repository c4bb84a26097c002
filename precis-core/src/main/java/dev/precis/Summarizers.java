package dev.precis;

import dev.precis.model.BadInputException;
import dev.precis.score.CentroidScorer;
import dev.precis.score.LeadScorer;
import dev.precis.score.LexRankScorer;
import dev.precis.score.TextRankScorer;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.select.IlpSelector;
import dev.precis.select.MmrSelector;
import dev.precis.select.Selector;
import dev.precis.select.SubmodularSelector;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A registry of summarizers by name, owned by a {@link Pipeline}: several pipelines (a server's
 * configurations, a test's) each have their own, so registering in one changes no other.
 * {@link #standard()} holds lead, centroid, lexrank, textrank and learned (the default: a LightGBM
 * sentence ranker trained on Multi-News, see {@link LearnedScorer}), each with MMR selection. Also
 * names the selection methods, for benchmarks that compare them. Thread-safe.
 */
public final class Summarizers {
    /** The summarizer used when none is named. */
    public static final String DEFAULT = LearnedScorer.NAME;

    private static final Map<String, Selector> SELECTORS;

    static {
        Map<String, Selector> selectors = new LinkedHashMap<>();
        selectors.put(MmrSelector.NAME, new MmrSelector());
        selectors.put(SubmodularSelector.NAME, new SubmodularSelector());
        selectors.put(IlpSelector.NAME, new IlpSelector());
        SELECTORS = Collections.unmodifiableMap(selectors);
    }

    private final Map<String, Summarizer> byName = new LinkedHashMap<>();

    /** An empty registry; {@link #standard()} for the built-in summarizers. */
    public Summarizers() {
    }

    /** A new registry with the built-in summarizers. */
    public static Summarizers standard() {
        Summarizers r = new Summarizers();
        Selector mmr = SELECTORS.get(MmrSelector.NAME);
        r.register(new Summarizer(LeadScorer.NAME, new LeadScorer(), mmr));
        r.register(new Summarizer(CentroidScorer.NAME, new CentroidScorer(), mmr));
        r.register(new Summarizer(LexRankScorer.NAME, new LexRankScorer(), mmr));
        r.register(new Summarizer(TextRankScorer.NAME, new TextRankScorer(), mmr));
        r.register(new Summarizer(LearnedScorer.NAME, new LearnedScorer(), mmr));
        return r;
    }

    /**
     * The summarizer with this name.
     *
     * @throws BadInputException naming the choices, when there is none by that name
     */
    public Summarizer get(String name) {
        Summarizer s;
        synchronized (byName) {
            s = name == null ? null : byName.get(name);
        }
        if (s == null) {
            throw new BadInputException("unknown algorithm '" + name + "'; choose one of: " + String.join(", ", names()));
        }
        return s;
    }

    /** The registered names, in registration order. */
    public List<String> names() {
        synchronized (byName) {
            return List.copyOf(byName.keySet());
        }
    }

    /** Every registered summarizer, in registration order. */
    public List<Summarizer> all() {
        synchronized (byName) {
            return List.copyOf(byName.values());
        }
    }

    /**
     * Adds a summarizer, or replaces the one with the same name (keeping its place in the order).
     *
     * @return the summarizer it replaced, or null
     */
    public Summarizer register(Summarizer summarizer) {
        Objects.requireNonNull(summarizer, "summarizer");
        synchronized (byName) {
            return byName.put(summarizer.name(), summarizer);
        }
    }

    /** Removes a summarizer. */
    public boolean unregister(String name) {
        synchronized (byName) {
            return byName.remove(name) != null;
        }
    }

    /** The selection methods by name: mmr, submodular, ilp. */
    public static Map<String, Selector> selectors() {
        return SELECTORS;
    }

    /**
     * The selection method with this name.
     *
     * @throws BadInputException naming the choices, when there is none by that name
     */
    public static Selector selector(String name) {
        Selector s = name == null ? null : SELECTORS.get(name);
        if (s == null) {
            throw new BadInputException("unknown selector '" + name + "'; choose one of: " + String.join(", ", SELECTORS.keySet()));
        }
        return s;
    }
}

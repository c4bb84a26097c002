package dev.precis;

import dev.precis.model.PrecisException;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.score.CentroidScorer;
import dev.precis.score.LeadScorer;
import dev.precis.score.LexRankScorer;
import dev.precis.score.TextRankScorer;
import dev.precis.select.IlpSelector;
import dev.precis.select.MmrSelector;
import dev.precis.select.Selector;
import dev.precis.select.SubmodularSelector;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of summarizers by name: lead, centroid, lexrank, textrank and learned (the default:
 * a LightGBM sentence ranker trained on Multi-News, see {@link LearnedScorer}), each with MMR
 * selection, plus whatever is {@link #register registered} later. Also names
 * the selection methods, for benchmarks that compare them. Thread-safe.
 */
public final class Summarizers {
    /** The summarizer used when none is named. */
    public static final String DEFAULT = LearnedScorer.NAME;

    private static final Map<String, Summarizer> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Selector> SELECTORS;

    static {
        Selector mmr = new MmrSelector();
        register(new Summarizer(LeadScorer.NAME, new LeadScorer(), mmr));
        register(new Summarizer(CentroidScorer.NAME, new CentroidScorer(), mmr));
        register(new Summarizer(LexRankScorer.NAME, new LexRankScorer(), mmr));
        register(new Summarizer(TextRankScorer.NAME, new TextRankScorer(), mmr));
        register(new Summarizer(LearnedScorer.NAME, new LearnedScorer(), mmr));
        Map<String, Selector> selectors = new LinkedHashMap<>();
        selectors.put(MmrSelector.NAME, mmr);
        selectors.put(SubmodularSelector.NAME, new SubmodularSelector());
        selectors.put(IlpSelector.NAME, new IlpSelector());
        SELECTORS = Collections.unmodifiableMap(selectors);
    }

    private Summarizers() {
    }

    /**
     * The summarizer with this name.
     *
     * @throws PrecisException naming the choices, when there is none by that name
     */
    public static Summarizer get(String name) {
        Summarizer s;
        synchronized (BY_NAME) {
            s = name == null ? null : BY_NAME.get(name);
        }
        if (s == null) {
            throw new PrecisException("unknown algorithm '" + name + "'; choose one of: " + String.join(", ", names()));
        }
        return s;
    }

    /** The registered names, in registration order. */
    public static List<String> names() {
        synchronized (BY_NAME) {
            return List.copyOf(BY_NAME.keySet());
        }
    }

    /** Every registered summarizer, in registration order. */
    public static List<Summarizer> all() {
        synchronized (BY_NAME) {
            return List.copyOf(BY_NAME.values());
        }
    }

    /**
     * Adds a summarizer, or replaces the one with the same name (keeping its place in the order).
     *
     * @return the summarizer it replaced, or null
     */
    public static Summarizer register(Summarizer summarizer) {
        java.util.Objects.requireNonNull(summarizer, "summarizer");
        synchronized (BY_NAME) {
            return BY_NAME.put(summarizer.name(), summarizer);
        }
    }

    /** Removes a summarizer; for tests that register their own. */
    static boolean unregister(String name) {
        synchronized (BY_NAME) {
            return BY_NAME.remove(name) != null;
        }
    }

    /** The selection methods by name: mmr, submodular, ilp. */
    public static Map<String, Selector> selectors() {
        return SELECTORS;
    }

    /**
     * The selection method with this name.
     *
     * @throws PrecisException naming the choices, when there is none by that name
     */
    public static Selector selector(String name) {
        Selector s = name == null ? null : SELECTORS.get(name);
        if (s == null) {
            throw new PrecisException("unknown selector '" + name + "'; choose one of: " + String.join(", ", SELECTORS.keySet()));
        }
        return s;
    }
}

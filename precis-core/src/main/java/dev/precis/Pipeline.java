package dev.precis;

import dev.precis.clean.rules.Rules;

import dev.precis.model.BadInputException;
import dev.precis.clean.Cleaner;
import dev.precis.evidence.DefaultEvidenceFinder;
import dev.precis.evidence.EvidenceFinder;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.clean.rules.Rules;
import dev.precis.evidence.align.Alignments;
import dev.precis.model.CleanArticle;
import dev.precis.model.Citation;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.Evidence;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.order.Orderer;
import dev.precis.order.SourceOrderer;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.segment.Segmenter;

import java.util.ArrayList;
import java.util.List;

/**
 * The stages wired together: clean, segment, represent, score, select, order, evidence. Stateless
 * after construction and safe to share between threads; building one loads the NLP models, so keep
 * it (see {@link Precis}).
 */
public final class Pipeline {
    private final Cleaner cleaner;
    private final Segmenter segmenter;
    private final Orderer orderer;
    private final EvidenceFinder evidence;
    private final Summarizers summarizers;

    public Pipeline(Cleaner cleaner, Segmenter segmenter, Orderer orderer, EvidenceFinder evidence,
                    Summarizers summarizers) {
        this.cleaner = cleaner;
        this.segmenter = segmenter;
        this.orderer = orderer;
        this.evidence = evidence;
        this.summarizers = summarizers;
    }

    /** The standard stages with the built-in summarizers; each call makes a new, independent pipeline. */
    public static Pipeline standard() {
        return new Pipeline(Rules.cleaner(), new OpenNlpSegmenter(), new SourceOrderer(),
                new DefaultEvidenceFinder(), Summarizers.standard());
    }

    /** This pipeline's summarizers by name; register more here, not globally. */
    public Summarizers summarizers() {
        return summarizers;
    }

    public Orderer orderer() {
        return orderer;
    }

    /** Cleans and segments a cluster; the shared first half of summarising, training and evaluation. */
    public ClusterText prepare(Cluster cluster) {
        if (cluster.articles().isEmpty()) {
            throw new BadInputException("cluster '" + cluster.id() + "' has no articles");
        }
        List<CleanArticle> clean = cleaner.clean(cluster);
        ClusterText text = segmenter.segment(cluster, clean);
        if (text.size() == 0) {
            throw new BadInputException("cluster '" + cluster.id() + "' has no story text: all "
                    + cluster.articles().size() + " article(s) are empty or debris");
        }
        return text;
    }

    public Summary summarize(Cluster cluster, SummaryOptions options) {
        Summarizer summarizer = summarizers.get(options.algorithm());
        ClusterText text = prepare(cluster);
        ClusterAnalysis analysis = new ClusterAnalysis(text);
        List<Sentence> ordered = orderer.order(text, summarizer.choose(analysis, options.budget()));
        List<SummarySentence> out = new ArrayList<>(ordered.size());
        for (Sentence s : ordered) {
            out.add(new SummarySentence(s.text(), s.id(), citations(text, analysis.alignments(), s)));
        }
        Evidence found = options.evidence() ? evidence.find(analysis) : Evidence.NONE;
        return new Summary(cluster.id(), summarizer.name(), out, text.articles(), found);
    }

    /** Where the sentence was taken from, then every other article that reports the same fact. */
    private static List<Citation> citations(ClusterText text, Alignments aligned, Sentence s) {
        List<Citation> all = new ArrayList<>();
        all.add(new Citation(s.article(), text.articles().get(s.article()).id(), s.start(), s.end()));
        all.addAll(aligned.citations(s));
        return all;
    }
}

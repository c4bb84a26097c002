package dev.precis;

import dev.precis.evidence.align.Alignments;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.clean.Cleaner;
import dev.precis.clean.rules.Rules;
import dev.precis.evidence.DefaultEvidenceFinder;
import dev.precis.evidence.EvidenceFinder;
import dev.precis.evidence.align.FactMatch;
import dev.precis.ingest.Limits;
import dev.precis.model.BadInputException;
import dev.precis.model.Cancelled;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.Evidence;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.order.Orderer;
import dev.precis.order.SourceOrderer;
import dev.precis.parallel.Workers;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.segment.Segmenter;
import dev.precis.select.Candidates;

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

    /** What the cleaner keeps of each article, and what it removes and why; for explaining a failed cluster. */
    public List<CleanArticle> clean(Cluster cluster) {
        return cleaner.clean(cluster);
    }

    /** Cleans and segments a cluster; the shared first half of summarising, training and evaluation. */
    public ClusterText prepare(Cluster cluster) {
        if (cluster.articles().isEmpty()) {
            throw new BadInputException("cluster '" + cluster.id() + "' has no articles");
        }
        checkLimits(cluster);
        List<CleanArticle> clean = cleaner.clean(cluster);
        Cancelled.check();
        ClusterText text = OnTopic.keep(segmenter.segment(cluster, clean));
        Cancelled.check();
        if (text.size() == 0) {
            boolean offTopic = text.articles().stream().anyMatch(a -> a.offTopic() != null);
            throw new NoStoryText("cluster '" + cluster.id() + "' has no story text: all "
                    + cluster.articles().size() + " article(s) are empty or debris"
                    + (offTopic ? " or off topic" : ""), text.articles());
        }
        return text;
    }

    /**
     * Summarises a cluster. Between stages it checks whether the thread was interrupted, so a caller
     * that gives up on a cluster (a time limit) really stops its work.
     *
     * @throws BadInputException when the cluster is unusable or the budget fits none of its sentences
     * @throws Cancelled when the thread is interrupted
     */
    public Summary summarize(Cluster cluster, SummaryOptions options) {
        Summarizer summarizer = summarizers.get(options.algorithm());
        ClusterText text = prepare(cluster);
        Cancelled.check();
        ClusterAnalysis analysis = new ClusterAnalysis(text);
        // A big cluster's evidence is found on another core while its summary is chosen.
        Workers.Pending<Evidence> found = Workers.start(options.evidence() && Workers.worthIt(text.articles().size()),
                () -> options.evidence() ? evidence.find(analysis) : Evidence.NONE);
        List<SummarySentence> out;
        try {
            out = summarySentences(cluster, text, analysis, summarizer, options);
        } catch (RuntimeException | Error e) {
            found.cancel();
            throw e;
        }
        return new Summary(cluster.id(), summarizer.name(), out, text.articles(), found.join());
    }

    private List<SummarySentence> summarySentences(Cluster cluster, ClusterText text, ClusterAnalysis analysis,
                                                   Summarizer summarizer, SummaryOptions options) {
        List<Sentence> chosen = summarizer.choose(analysis, options.budget());
        Cancelled.check();
        if (chosen.isEmpty()) throw tooSmall(cluster, text, options);
        List<Sentence> ordered = orderer.order(analysis, chosen);
        List<SummarySentence> out = new ArrayList<>(ordered.size());
        for (Sentence s : ordered) {
            List<FactMatch.Scored> cited = FactMatch.citations(text, analysis.vectors(), Alignments.of(analysis), s);
            out.add(new SummarySentence(s.text(), s.id(), cited.stream().map(FactMatch.Scored::citation).toList(),
                    cited.stream().map(FactMatch.Scored::match).toList()));
        }
        return out;
    }

    private static void checkLimits(Cluster cluster) {
        int n = cluster.articles().size();
        if (n > Limits.MAX_ARTICLES) {
            throw new BadInputException("cluster '" + cluster.id() + "' has " + n + " articles; the limit is "
                    + Limits.MAX_ARTICLES + " (split it into stories first)");
        }
        long chars = 0;
        for (var a : cluster.articles()) chars += a.text().length();
        if (chars > Limits.MAX_CLUSTER_CHARS) {
            throw new BadInputException("cluster '" + cluster.id() + "' has " + chars + " characters of text; the limit is "
                    + Limits.MAX_CLUSTER_CHARS);
        }
    }

    /** No sentence fits: say how large a budget would, rather than return an empty summary. */
    private static BadInputException tooSmall(Cluster cluster, ClusterText text, SummaryOptions options) {
        int shortest = Integer.MAX_VALUE;
        for (Sentence s : text.sentences()) {
            if (Candidates.eligible(s)) shortest = Math.min(shortest, options.budget().cost(s));
        }
        if (shortest == Integer.MAX_VALUE) {
            return new BadInputException("cluster '" + cluster.id() + "' has no sentence fit for a summary");
        }
        return new BadInputException("the budget (" + options.budget() + ") fits no sentence of cluster '"
                + cluster.id() + "'; the shortest takes " + shortest);
    }
}

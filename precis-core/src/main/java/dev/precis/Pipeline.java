package dev.precis;

import dev.precis.model.PrecisException;
import dev.precis.clean.Cleaner;
import dev.precis.clean.RuleCleaner;
import dev.precis.evidence.DefaultEvidenceFinder;
import dev.precis.evidence.EvidenceFinder;
import dev.precis.evidence.Alignments;
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
import dev.precis.represent.TermVectors;
import dev.precis.score.Corroboration;
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

    public Pipeline(Cleaner cleaner, Segmenter segmenter, Orderer orderer, EvidenceFinder evidence) {
        this.cleaner = cleaner;
        this.segmenter = segmenter;
        this.orderer = orderer;
        this.evidence = evidence;
    }

    public static Pipeline standard() {
        return new Pipeline(new RuleCleaner(), new OpenNlpSegmenter(), new SourceOrderer(),
                new DefaultEvidenceFinder());
    }

    /** Cleans and segments a cluster; the shared first half of summarising, training and evaluation. */
    public ClusterText prepare(Cluster cluster) {
        if (cluster.articles().isEmpty()) {
            throw new PrecisException("cluster '" + cluster.id() + "' has no articles");
        }
        List<CleanArticle> clean = cleaner.clean(cluster);
        ClusterText text = OnTopic.keep(segmenter.segment(cluster, clean));
        if (text.size() == 0) {
            boolean offTopic = text.articles().stream().anyMatch(a -> a.offTopic() != null);
            throw new NoStoryText("cluster '" + cluster.id() + "' has no story text: all "
                    + cluster.articles().size() + " article(s) are empty or debris"
                    + (offTopic ? " or off topic" : ""), text.articles());
        }
        return text;
    }

    public Summary summarize(Cluster cluster, SummaryOptions options) {
        Summarizer summarizer = Summarizers.get(options.algorithm());
        ClusterText text = prepare(cluster);
        TermVectors vectors = TermVectors.of(text);
        Alignments aligned = Alignments.of(text, vectors);
        double[] scores = Corroboration.prefer(summarizer.scorer().score(text, vectors),
                aligned.supportCounts(), text.contributingArticles());
        List<Sentence> chosen = summarizer.selector().select(text, vectors, scores, options.budget());
        List<Sentence> ordered = orderer.order(text, chosen);
        List<SummarySentence> out = new ArrayList<>(ordered.size());
        for (Sentence s : ordered) {
            out.add(new SummarySentence(s.text(), s.id(), citations(text, aligned, s)));
        }
        Evidence found = options.evidence() ? evidence.find(text, vectors, aligned) : Evidence.NONE;
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

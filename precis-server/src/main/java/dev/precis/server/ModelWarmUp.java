package dev.precis.server;

import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.model.Article;
import dev.precis.model.Cluster;

import java.util.List;

/**
 * The standard pipeline with everything a summary needs in memory. The pipeline reads its models
 * (sentence detector, learned ranker, word lists, stemmer) on first use, which would fall on the
 * first request; one summary of a small cluster here reads them on the loader thread while Jetty
 * starts on the other, so {@code /ready} means the models are loaded.
 */
final class ModelWarmUp {
    private static final Cluster CLUSTER = new Cluster("warm-up", List.of(
            Article.of("a", "A fire broke out at the harbour on Monday night, destroying a warehouse. "
                    + "Firefighters fought the blaze for six hours. \"We saved the depot,\" the fire chief said."),
            Article.of("b", "A warehouse at the harbour burned down on Monday night. "
                    + "The fire service said no one was hurt, and 12 crews were called to the scene.")));

    private ModelWarmUp() {
    }

    static Pipeline standardPipeline() {
        Pipeline pipeline = Precis.pipeline();
        pipeline.summarize(CLUSTER, SummaryOptions.defaults());
        return pipeline;
    }
}

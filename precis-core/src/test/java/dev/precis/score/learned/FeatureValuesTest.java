package dev.precis.score.learned;

import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of two sentences of a fixed cluster, exactly as {@code Features.extract} computed them
 * before it was split into feature groups (values printed with {@link Double#toString}, which reads
 * back to the same double). The shipped model was trained on these columns, in this order, so any
 * drift in a name, an order or a last bit is a change to the model's input.
 */
class FeatureValuesTest {
    private static final ClusterText QUAKE = QuakeCluster.QUAKE;

    /** Sentence 0: the lead of the first article, which the second article repeats. */
    private static final String LEAD = """
            position 0.0
            position_inverse 1.0
            position_relative 0.0
            is_lead 1.0
            article_index 0.0
            articles 3.0
            article_sentences 5.0
            cluster_sentences 9.0
            article_word_share 0.5060240963855421
            word_offset 0.0
            words 11.0
            terms 9.0
            term_density 0.8181818181818182
            words_vs_median 1.1
            centroid 0.5657896165318317
            centroid_rank 1.0
            lexrank 1.0
            lexrank_rank 1.0
            degree 0.125
            lead_similarity 1.0
            first_lead_similarity 1.0
            max_lead_similarity 0.8509022299295033
            support_max 0.8509022299295033
            support_mean 0.42545111496475163
            support_over_20 0.5
            support_over_35 0.5
            support_over_50 0.5
            same_article_max 0.0
            bigram_support 0.8
            bigram_frequency 0.5545177444479562
            top_terms 8.0
            top_terms_share 0.8888888888888888
            centroid_mass 1.7131281055542034
            mean_idf 2.2490244830046207
            cluster_frequency 0.6161308271643958
            article_spread 0.4444444444444444
            numbers 1.0
            quotes 0.0
            starts_with_quote 0.0
            first_person 0.0
            second_person 0.0
            question 0.0
            attribution 0.0
            anaphor_start 0.0
            debris 0.0
            symbol_ratio 0.0
            parentheses 0.0
            time_words 1.0
            capitals 0.2
            all_caps 0.0
            cluster_cased 0.10810810810810811
            """;

    /** Sentence 7: the last of the second article, with a number and an attribution. */
    private static final String LAST = """
            position 2.0
            position_inverse 0.3333333333333333
            position_relative 1.0
            is_lead 0.0
            article_index 1.0
            articles 3.0
            article_sentences 3.0
            cluster_sentences 9.0
            article_word_share 0.39759036144578314
            word_offset 22.0
            words 11.0
            terms 5.0
            term_density 0.45454545454545453
            words_vs_median 1.1
            centroid 0.30568314597221125
            centroid_rank 0.5
            lexrank 0.0
            lexrank_rank 0.0
            degree 0.0
            lead_similarity 0.0
            first_lead_similarity 0.0
            max_lead_similarity 0.0
            support_max 0.0
            support_mean 0.0
            support_over_20 0.0
            support_over_35 0.0
            support_over_50 0.0
            same_article_max 0.0
            bigram_support 0.0
            bigram_frequency 0.0
            top_terms 5.0
            top_terms_share 1.0
            centroid_mass 0.6835282939698555
            mean_idf 2.6094379124341005
            cluster_frequency 0.0
            article_spread 0.0
            numbers 1.0
            quotes 0.0
            starts_with_quote 0.0
            first_person 0.0
            second_person 0.0
            question 0.0
            attribution 1.0
            anaphor_start 0.0
            debris 0.0
            symbol_ratio 0.0
            parentheses 0.0
            time_words 0.0
            capitals 0.0
            all_caps 0.0
            cluster_cased 0.10810810810810811
            """;

    @Test
    void leadSentenceKeepsEveryValue() {
        assertRow(0, LEAD);
    }

    @Test
    void lastSentenceOfSecondArticleKeepsEveryValue() {
        assertRow(7, LAST);
    }

    private static void assertRow(int sentence, String pinned) {
        double[] m = Features.extract(QUAKE, TermVectors.of(QUAKE));
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String line : pinned.strip().split("\n")) {
            String[] nameValue = line.strip().split(" ");
            names.add(nameValue[0]);
            values.add(Double.parseDouble(nameValue[1]));
        }
        assertThat(Features.names()).containsExactlyElementsOf(names);
        int f = Features.count();
        for (int k = 0; k < f; k++) {
            assertThat(m[sentence * f + k]).as(names.get(k)).isEqualTo(values.get(k));
        }
    }
}

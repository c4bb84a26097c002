package dev.precis.segment;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterPropertiesTest {
    @Provide
    Arbitrary<String> newsish() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Mr.", "Jan.", "U.S.", "a.m.", "No.", "F.", "Inc.", "St.", "etc.", "e.g.",
                        "Kerry", "said", "the", "truce", "250,000", "3", "Aleppo", "“quote”", "\"", "'s",
                        ".", "!", "?", "...", ",", ";", "-", "\n", "\r\n", "\n\n", " ", "  ", "\t", "—"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().all().ofMaxLength(4));
        return pieces.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void offsetsAreValidNonOverlappingAndInOrder(@ForAll("newsish") String a, @ForAll("newsish") String b) {
        ClusterText ct = OpenNlpSegmenterTest.segment(a, b);
        OpenNlpSegmenterTest.assertOffsets(ct);
        for (Sentence s : ct.sentences()) {
            assertThat(s.text()).doesNotContain("\n").doesNotContain("\r");
            assertThat(s.words().size()).isGreaterThanOrEqualTo(OpenNlpSegmenter.MIN_WORDS);
        }
    }

    @Property(tries = 200)
    void spansNeverOverlapOnArbitraryText(@ForAll("newsish") String text) {
        int prevEnd = 0;
        for (int[] span : new OpenNlpSegmenter().spans(text)) {
            assertThat(span[0]).isGreaterThanOrEqualTo(prevEnd).isLessThan(span[1]);
            assertThat(span[1]).isLessThanOrEqualTo(text.length());
            prevEnd = span[1];
        }
    }
}

package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

    static final List<String> REF = List.of(
            "The cat sat on the mat.",
            "A well-known dog barked at 3:00 p.m. -- loudly!");

    @Test
    void tokensFollowRouge155() {
        Rouge plain = Rouge.with(RougeOptions.standard().withoutLimit().withStemming(false));
        assertThat(plain.tokens(List.of("A well-known U.S.-backed cease-fire, 12.5% -- Café “quotes” [b>x")))
                .containsExactly("a", "well", "known", "u", "s", "backed", "cease", "fire", "12", "5",
                        "caf", "quotes", "b", "x");
        assertThat(Rouge.with(RougeOptions.standard().withoutLimit()).tokens(List.of("The men ran; mice said, agreements")))
                .containsExactly("the", "men", "ran", "mouse", "say", "agreem");
    }

    @Test
    void wordLimitCountsBlankSeparatedWordsAcrossSentences() {
        Rouge rouge = Rouge.with(RougeOptions.standard().withStemming(false).withWordLimit(5));
        // "--" is a word for -l but not a token; the sentence where the limit falls is cut
        assertThat(rouge.tokens(List.of("one two --", "three four five six", "seven")))
                .containsExactly("one", "two", "three", "four");
        Rouge bytes = Rouge.with(RougeOptions.standard().withStemming(false).withByteLimit(12));
        // 7 bytes, then 12 - 7 = 5 bytes of the next sentence (the joining blank is not counted)
        assertThat(bytes.tokens(List.of("abc def", "ghijklm", "x"))).containsExactly("abc", "def", "ghijk");
    }

    @Test
    void identicalIsOneAndEmptyIsZero() {
        RougeScores same = Rouge.standard().score(REF, REF);
        for (RougeScores.Score s : List.of(same.rouge1(), same.rouge2(), same.rougeL(), same.rougeSU4())) {
            assertThat(s.recall()).isEqualTo(1.0);
            assertThat(s.precision()).isEqualTo(1.0);
            assertThat(s.f1()).isEqualTo(1.0);
        }
        assertThat(Rouge.standard().score(List.of(), REF)).isEqualTo(RougeScores.ZERO);
        assertThat(Rouge.standard().score(List.of("!!", "?"), REF)).isEqualTo(RougeScores.ZERO);
        assertThat(Rouge.standard().score(REF, List.of())).isEqualTo(RougeScores.ZERO);
    }

    @Test
    void countsByHand() {
        Rouge rouge = Rouge.with(RougeOptions.standard().withoutLimit().withStemming(false));
        RougeScores s = rouge.score(List.of("the cat the cat"), List.of("the cat sat"));
        assertThat(s.rouge1().recall()).isEqualTo(2.0 / 3);     // the, cat (clipped)
        assertThat(s.rouge1().precision()).isEqualTo(2.0 / 4);
        assertThat(s.rouge2().recall()).isEqualTo(1.0 / 2);     // "the cat" once
        assertThat(s.rouge2().precision()).isEqualTo(1.0 / 3);
        // SU4 of "the cat sat": unigrams of all but the last token + 3 skip-bigrams = 5
        assertThat(Rouge.skipCount(3, 4)).isEqualTo(5);
        assertThat(Rouge.skipCount(1, 4)).isZero();
        assertThat(s.rougeL().recall()).isEqualTo(2.0 / 3);
        assertThat(s.rouge1().f1()).isCloseTo(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), within(1e-15));
    }

    @Test
    void preparedReferenceGivesTheSameScores() {
        Rouge.Reference ref = Rouge.standard().reference(REF);
        List<String> sys = List.of("A dog barked loudly at the cat.", "The mat was well known.");
        assertThat(ref.score(sys)).isEqualTo(Rouge.standard().score(sys, REF));
        assertThat(ref.score(sys)).isEqualTo(ref.score(sys));
    }

    @Test
    void roundsAsRouge155Prints() {
        RougeScores.Score s = new RougeScores.Score(1.0 / 64, 2.0 / 3, 0).rounded();
        assertThat(s.recall()).isEqualTo(0.01562);   // exactly 0.015625: half-even, as printf
        assertThat(s.precision()).isEqualTo(0.66667);
        assertThat(s.f1()).isEqualTo(0.03052);       // from the rounded R and P (unrounded: 0.03053)
    }

    @Test
    void optionsAreChecked() {
        assertThat(RougeOptions.standard().rougeFlags()).isEqualTo("-n 2 -m -2 4 -u -l 256");
        assertThat(RougeOptions.standard().withByteLimit(665).withStemming(false).rougeFlags())
                .isEqualTo("-n 2 -2 4 -u -b 665");
        assertThatThrownBy(() -> new RougeOptions(true, 10, 10, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> RougeOptions.standard().withWordLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresManySummariesQuickly() {
        List<String> ref = new ArrayList<>();
        List<String> sys = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ref.add("Sentence number " + i + " of the reference talks about storms, floods and rescues in town " + i + ".");
            sys.add("The storm " + i + " flooded the town and rescuers worked through the night number " + i + ".");
        }
        Rouge.Reference prepared = Rouge.standard().reference(ref);
        for (int i = 0; i < 200; i++) {
            prepared.score(sys); // warm up
        }
        long start = System.nanoTime();
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            prepared.score(sys.subList(0, 1 + i % sys.size()));
        }
        double msEach = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("ROUGE-1/2/L/SU4 of a summary against a prepared reference: %.3f ms%n", msEach);
        assertThat(msEach).isLessThan(5.0);
    }
}

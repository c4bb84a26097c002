package dev.precis.evidence.quantities;

import dev.precis.TestClusters;
import dev.precis.model.Disagreement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgesTest {

    private static List<Disagreement> find(String... articles) {
        return Ages.find(TestClusters.cluster(articles));
    }

    @Test
    void twoArticlesGivingOnePersonTwoAgesDisagree() {
        assertThat(find(
                "The harbour master, 29-year-old Ana Costa, said the fire started at night. Costa said the crew was safe.",
                "Ana Costa, 28, was questioned by the police on Monday, her lawyer said."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("age of Ana Costa");
                    assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("28", "29");
                    assertThat(d.sides()).extracting(Disagreement.Side::wording).containsExactly("Ana Costa, 28", "29-year-old Ana Costa");
                });
    }

    @Test
    void theSameAgeOrAnotherPersonIsNoClash() {
        assertThat(find(
                "Ana Costa, 28, was questioned by the police on Monday, her lawyer said.",
                "The harbour master, 28-year-old Ana Costa, said the fire started at night.")).isEmpty();
        assertThat(find(
                "Ana Costa, 28, was questioned by the police on Monday, her lawyer said.",
                "Paulo Costa, 33, was questioned by the police on Monday, his lawyer said.")).isEmpty();
    }

    @Test
    void aSurnameTwoPersonsShareIsNobodysAge() {
        assertThat(find(
                "Ana Costa, 28, and her husband Paulo Costa, 33, were questioned, their lawyer said.",
                "Costa, 30, was released on Monday, her lawyer said.")).isEmpty();
    }
}

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

    @Test
    void aFullNameBesideItsAgeNeedsNoOtherCue() {
        assertThat(find(
                "Ana Costa, 28, was charged on Monday with arson at the harbour.",
                "Police identified the suspect as 29-year-old Ana Costa on Tuesday."))
                .singleElement().satisfies(d -> assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("28", "29"));
        // a surname alone needs the cluster's full form of the name
        assertThat(find(
                "Costa, 28, was charged on Monday with arson at the harbour.",
                "Police identified the suspect as 29-year-old Costa on Tuesday.")).isEmpty();
    }

    @Test
    void agesInAListOfNamesAndAMiddleNameLeftOut() {
        assertThat(find(
                "The suspects were identified as: Kevin Deon Johnson, 24; Dwight Smith, 30; and Tony Reed, 27.",
                "Dwight Smith, 30, and Kevin Johnson, 25, were arrested last week on suspicion of murder."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("age of Kevin Deon Johnson");
                    assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("24", "25");
                });
        // another first name is another person
        assertThat(find(
                "The suspects were identified as: Kevin Johnson, 24; Dwight Smith, 30; and Tony Reed, 27.",
                "Dwight Smith, 30, and Mark Johnson, 25, were arrested last week on suspicion of murder.")).isEmpty();
    }

    @Test
    void aSentenceThatGivesNothingButTheAgeIsAThirdForm() {
        assertThat(find(
                "Ana Costa, the harbour master who founded the rowing club, has died. She was 61. Police found her at home.",
                "The harbour master died at home on Sunday, police said. Costa was 62."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("age of Ana Costa");
                    assertThat(d.sides()).extracting(Disagreement.Side::wording).containsExactly("She was 61", "Costa was 62");
                });
    }

    @Test
    void anAgeAloneNeedsItsPersonNamed() {
        // the sentence before "She was 61." opens on no name; "was 62" is not the whole sentence
        assertThat(find(
                "The harbour master who founded the rowing club has died. She was 61. Ana Costa lived alone.",
                "The harbour master died at home on Sunday, police said. Ana Costa was 62.")).isEmpty();
        assertThat(find(
                "Ana Costa, the harbour master who founded the rowing club, has died. She was 61.",
                "Her son said Ana Costa was 62 when she retired.")).isEmpty();
    }
}

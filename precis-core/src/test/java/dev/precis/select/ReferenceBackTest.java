package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceBackTest {
    @ParameterizedTest
    @ValueSource(strings = {"Working from these samples, the chemists dated the harbour wall to Roman times.",
            "The divers brought these timber beams up from the wreck in June.",
            "After three winters, no one could say where he had gone, and his boat was never found.",
            "Rescuers pulled her from the river after an hour in the cold water."})
    void aReferenceBackPastTheOpeningWordIsFound(String s) {
        assertThat(ReferenceBack.theseEarly(s) || ReferenceBack.pronounWithoutPerson(s)).isTrue();
    }

    @Test
    void theseEarlyLeansOnTheSentenceBefore() {
        assertThat(Leaning.kind("Working from these samples, the chemists dated the harbour wall to Roman times."))
                .isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @Test
    void anUnnamedPronounLeansOnlyWhereTheArticleKeepsItsCapitals() {
        String story = "Tom Reed sailed from Dover in May. After three winters, no one could say where he had gone.";
        ClusterText cased = TestClusters.cluster(story);
        assertThat(Leaning.on(cased, cased.sentence(1))).isEqualTo(cased.sentence(0).id());
        ClusterText lower = TestClusters.cluster("Tom reed sailed from dover in may. After three winters, no one could say where he had gone.");
        assertThat(Leaning.on(lower, lower.sentence(1))).isEqualTo(Leaning.ALONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour towns spend more on sea walls these days than on roads.",
            "Most of the divers say these kinds of wrecks are rare in the bay.",
            "After three winters, Tom Reed said he had given up the search for his boat.",
            "A fisherman said he saw the boat sink near the pier.",
            "The harbour wall was built in the second century and repaired in the ninth."})
    void aSentenceThatNamesOrIntroducesWhatItRefersToStandsAlone(String s) {
        assertThat(ReferenceBack.theseEarly(s) || ReferenceBack.pronounWithoutPerson(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fishermen from both villages are expected to join the protest.",
            "The harbour board said the ferry had been late in both cases."})
    void bothAndANounAfterAPrepositionPointBack(String s) {
        assertThat(ReferenceBack.bothToldBefore(s)).isTrue();
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fishermen from both the harbour and the estuary joined the protest.",
            "Boats on both sides of the estuary stayed in port.", "She sang on both of the ferry band's hits in the summer.", "Members of the board, both men and women, voted.",
            "Tom Reed and Anna Berg both sailed from Dover in May.",
            "Anna Berg, who ran the Dover ferry and later the Calais one, whose crews were fond of both boats, retired."})
    void aPairTheSentenceGivesItselfStandsAlone(String s) {
        assertThat(ReferenceBack.bothToldBefore(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The island's new harbour council approved it after two years of argument.",
            "The coastguard towed them into port on Sunday."})
    void itOrThemAsTheObjectOfTheFirstVerbPointsBack(String s) {
        assertThat(ReferenceBack.objectOfFirstVerb(s)).isTrue();
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The fisherman who found the wreck reported it to the coastguard in May.",
            "The harbour board says it will appeal the ruling.", "The ferry company bought a new boat and sailed it in May.",
            "Divers reached the wreck, and the coastguard towed it into port."})
    void itOrThemWithSomethingBeforeItToStandForStandsAlone(String s) {
        assertThat(ReferenceBack.objectOfFirstVerb(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The harbour board knew this, and voted to close the pier before the storm season.",
            "Fishermen along the northern banks of the estuary have complained for years about this.",
            "Nobody on the council expected a ruling like this; the vote had seemed settled in May."})
    void thisStandingAloneLeansOnTheSentenceBefore(String s) {
        assertThat(ReferenceBack.thisAlone(s)).isTrue();
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The harbour board will vote on this plan before the storm season.",
            "Fishermen say the catch this spring was the best in a decade.",
            "\"We have seen nothing like this,\" harbour master Tom Reed said on Monday."})
    void thisBeforeANounOrInsideAQuotationStandsAlone(String s) {
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.ALONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A deckhand is heard shouting, then someone yells, “Cut the rope.”",
            "Two divers can be seen climbing onto the pier as the wave hits."})
    void aSceneOfARecordingToldBeforeLeans(String s) {
        assertThat(ReferenceBack.recordedScene(s)).isTrue();
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"In the video, a deckhand is heard shouting at the crew.", "The ferry captain is seen as a hero in Dover.",
            "The boat was last seen near the pier on Friday.", "She is seen to be the likely winner of the race."})
    void aSceneThatNamesItsRecordingOrNoSceneStandsAlone(String s) {
        assertThat(ReferenceBack.recordedScene(s)).isFalse();
    }
}

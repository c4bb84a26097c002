package dev.precis.clean.rules;

import dev.precis.clean.Line;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoCaptionTest {
    private static boolean caption(String text) {
        return new PhotoCaption().why(Line.of(0, 0, text), null).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Two firefighters, LEFT, and a volunteer carry sandbags to the pier.",
            "The mayor, second right, and two aides inspect the pier.",
            "The mayor (centre) inspects the damaged pier with two aides.",
            "Rescuers, from left, Jane Roe, John Doe and Max Poe stand by the pier.",
            "A supporter holds a sticker during a rally Thursday, Oct. 3, 2013, in Valley City."})
    void sideMarksAndWireCaptionsPassTheFragmentsAndAreCaptions(String text) {
        assertThat(PhotoCaption.mayMatch(Line.of(0, 0, text).key())).isTrue();
        assertThat(caption(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Prices rose 5 percent in the city centre after the storm left the harbour closed.",
            "Voters have the right to recount the ballots, the court said."})
    void sideWordsWithoutTheirMarkNeverReachThePatterns(String text) {
        assertThat(PhotoCaption.mayMatch(Line.of(0, 0, text).key())).isFalse();
        assertThat(caption(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In this undated photo, rescuers search the rubble of the pier.",
            "In this Saturday, July 1, 2017, photo, rescuers search the rubble of the pier.",
            "This image released by the coast guard shows the damaged pier.",
            "A photo from the ministry shows the damaged pier."})
    void pictureWordsMakeACaptionWhereverTheyStand(String text) {
        assertThat(caption(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The storm hit on Thursday, Oct. 3, 2013, in Valley City, and the photo archive was lost.",
            "A woman was killed Saturday, April 6, 2013, in Valley City, the police said.",
            "Officials said on Monday, after the fire, that the image of the town had suffered."})
    void storiesWithTheFragmentsOfSeveralPatternsAreNoCaptions(String text) {
        assertThat(PhotoCaption.mayMatch(Line.of(0, 0, text).key())).isTrue();
        assertThat(caption(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aPresentTenseSceneWhoseFullDateEndsItsSentenceIsACaptionAtAnArticlesStart() {
        String caption = "Harbour pilots stand by the gate of the old customs house in Valley City, Sunday, May 5, 2019. "
                + "The pilots went on strike... (Wire Photo)";
        assertThat(new PhotoCaption().why(Line.of(0, 1, caption), null)).isPresent();
        // Read alone, as a sentence of a summary, it is a caption too.
        assertThat(caption("The mayor waves to the crowd at the pier in Valley City, Sunday, May 5, 2019.")).isTrue();
        // Down an article the line may be a paragraph that the sentence only opens.
        assertThat(new PhotoCaption().why(Line.of(0, 7, caption), null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The pilots stood by the gate of the customs house on Sunday, May 5, 2019.",
            "Pilots stand by their claim that the gate was closed, the union said Sunday, May 5, 2019, in a letter."})
    void aStoryToldInThePastOrWithTheDateInsideItsSentenceIsNoDateLastCaption(String text) {
        assertThat(caption(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A sketch released of a man who was found on the pier in Valley City in 1991. He was later named as John Roe.",
            "A rendering of the new pier for Valley City.",
            "This undated rendering provided by the harbour board shows the new pier.",
            "An artist's illustration of the pier as it will look in 2030.",
            "A police sketch released by the sheriff shows the suspect."})
    void aDrawnPicturesCaptionIsACaption(String text) {
        assertThat(caption(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A sketch of the suspect was released Monday by the Valley City police.",
            "Drawing from public records, the board found the pier had been neglected.",
            "The drawings show that the pier was never finished, the board said."})
    void aStoryToldOfADrawingIsNoCaption(String text) {
        assertThat(caption(text)).isFalse();
    }
}

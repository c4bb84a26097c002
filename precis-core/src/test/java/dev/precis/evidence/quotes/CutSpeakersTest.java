package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, round review15: a piece of the writer's sentence is no speaker; invented phrases and sentences. */
class CutSpeakersTest {

    @Test
    void aDescriptionEndingOnAFunctionWordIsCut() {
        assertThat(CutSpeakers.isCut("the report goes on to")).isTrue();
        assertThat(CutSpeakers.isCut("a rate of loss they")).isTrue();
        assertThat(CutSpeakers.isCut("the harbour master was")).isTrue();
        assertThat(CutSpeakers.isCut("the ferry company has not")).isTrue();
        assertThat(CutSpeakers.isCut("the pilot stands up and")).isTrue();
        assertThat(CutSpeakers.isCut("a teacher who")).isTrue();
    }

    @Test
    void aLoneLetterOrASentenceEndInsideIsCut() {
        assertThat(CutSpeakers.isCut("a former u")).isTrue(); // "a former U.S. diplomat" cut at its first period
        assertThat(CutSpeakers.isCut("the memo says. Harlan")).isTrue();
    }

    @Test
    void namesAndDescriptionsStand() {
        assertThat(CutSpeakers.isCut("the harbour master")).isFalse();
        assertThat(CutSpeakers.isCut("one of them")).isFalse();
        assertThat(CutSpeakers.isCut("a pilot who flew with him")).isFalse();
        assertThat(CutSpeakers.isCut("the will")).isFalse();
        assertThat(CutSpeakers.isCut("the rev. Alma Brook")).isFalse();
        assertThat(CutSpeakers.isCut("a senior u.s. Official")).isFalse();
        assertThat(CutSpeakers.isCut("Capt. Ivo Marsh")).isFalse();
        assertThat(CutSpeakers.isCut("Ivo Marsh")).isFalse();
        assertThat(CutSpeakers.isCut(null)).isFalse();
        assertThat(CutSpeakers.isCut("")).isFalse();
    }

    @Test
    void aQuoteNeverTakesTheCutPhraseAsItsSpeaker() {
        // RolePhrases now ends the role before the verb chain ("the notice"); CutSpeakers guards what is left
        // when no rule trims it, so either way the writer's words never stand as the speaker
        List<Quote> qs = Quotes.find(TestClusters.cluster("The ferry line closed its harbour office on Monday, its owner said.\n"
                + "The notice goes on to say, \"Every ticket bought for the summer will be paid back in full by the end of May.\""));
        assertThat(qs).hasSize(1);
        String speaker = qs.get(0).speaker();
        assertThat(speaker == null ? "" : speaker).doesNotContain("goes on");
    }
}

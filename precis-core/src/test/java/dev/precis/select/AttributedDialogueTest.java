package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttributedDialogueTest {
    private static final String SAID = "\"The ferry will not sail again this winter,\" harbour master Ann Kell said on Monday.";
    private static final String BARE = "\"We cannot ask the crews to risk the ice for a timetable.\"";

    @Test
    void aBareLineRightAfterItsSpeakerHasOne() {
        ClusterText text = TestClusters.cluster(SAID + " " + BARE);
        assertThat(AttributedDialogue.attributor(text, text.sentence(1))).isEqualTo(0);
        // A line ending on a colon before a quotation that starts a new paragraph.
        assertThat(AttributedDialogue.givesSpeaker("Harbour master Ann Kell told the council on Monday:")).isTrue();
    }

    @Test
    void aBareLineAfterNoSpeakerOrFirstInItsArticleHasNone() {
        ClusterText text = TestClusters.cluster(BARE + " The ferry has sailed from the old pier since the harbour opened in 1911. " + BARE);
        assertThat(AttributedDialogue.attributor(text, text.sentence(0))).isEqualTo(-1);
        assertThat(AttributedDialogue.attributor(text, text.sentence(2))).isEqualTo(-1);
    }

    @Test
    void theSpeechMustBeOutsideTheQuotationBefore() {
        // "said" inside the earlier quotation names no speaker for the line after it.
        assertThat(AttributedDialogue.givesSpeaker("\"He said the ferry would not sail again this winter.\"")).isFalse();
        assertThat(AttributedDialogue.givesSpeaker(SAID)).isTrue();
        assertThat(AttributedDialogue.givesSpeaker("Ann Kell said the ferry would not sail again.")).isTrue();
        assertThat(AttributedDialogue.givesSpeaker("The ferry will not sail again this winter.")).isFalse();
    }

    @Test
    void aSentenceThatSaysSomethingElseIsNoBareLine() {
        ClusterText text = TestClusters.cluster(SAID + " \"We cannot ask the crews,\" she added on Monday evening.");
        assertThat(AttributedDialogue.attributor(text, text.sentence(1))).isEqualTo(-1);
    }

    @Test
    void selectionTakesTheBareLineOnlyWithItsSpeaker() {
        ClusterText text = TestClusters.cluster(
                "The island's only ferry was laid up on Monday as ice closed the harbour for the winter. " + SAID + " " + BARE,
                "Ice has closed the harbour in three of the last ten winters, the port authority said on Monday.");
        int bare = 2;
        assertThat(Candidates.eligible(text.sentence(bare))).isFalse();
        double[] scores = new double[text.size()];
        scores[bare] = 1.0;
        scores[1] = 0.2;
        scores[0] = 0.5;
        scores[3] = 0.4;
        List<Sentence> chosen = new MmrSelector().select(text, TermVectors.of(text), scores, Budget.words(40));
        assertThat(chosen).extracting(Sentence::id).containsExactly(1, bare);
        // With no room for the speaker's sentence the line is not taken alone.
        List<Sentence> small = new MmrSelector().select(text, TermVectors.of(text), scores, Budget.words(20));
        assertThat(small).extracting(Sentence::id).doesNotContain(bare);
    }
}

package dev.precis.eval.evidence;

import dev.precis.evidence.quotes.SpeakerPath;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints right and wrong named speakers by attribution form over the tuning labels (val tune and train; the held part
 * is never read for errors). Skipped without ../shared.
 */
class SpeakerPathReportTest {
    @Test
    void printsPrecisionByAttributionForm() {
        Labels labels = Labels.load(Shared.repo("labels/evidence"));
        Map<SpeakerPath, SpeakerPathReport.Counts> counts = new EnumMap<>(SpeakerPath.class);
        int[] missing = new int[1];
        SpeakerPathReport.count(Shared.require("data/multinews/val-raw.jsonl"), labels, counts, missing);
        SpeakerPathReport.count(Shared.require("data/multinews/train-raw-sample.jsonl"), labels, counts, missing);
        System.out.print("speaker paths (tune + train):\n" + SpeakerPathReport.table(counts, missing[0], false));
        assertThat(counts).as("the forms that gave labelled speakers").containsKeys(SpeakerPath.AFTER, SpeakerPath.BEFORE);
        assertThat(counts).doesNotContainKey(SpeakerPath.NONE);
    }
}

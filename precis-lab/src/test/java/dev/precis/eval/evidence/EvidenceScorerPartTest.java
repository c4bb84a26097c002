package dev.precis.eval.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which part a cluster's labels count in (labels/evidence/README.md, "Split"). */
class EvidenceScorerPartTest {
    @Test
    void trainingSplitClustersAreTheirOwnTuningSet() {
        assertThat(EvidenceScorer.part("multinews-train-426")).isEqualTo(EvidenceScorer.TRAIN);
        assertThat(EvidenceScorer.part("multinews-train-8193")).isEqualTo(EvidenceScorer.TRAIN);
    }

    @Test
    void validationClustersSplitByTheirChecksum() {
        // CRC32("multinews-val-8") % 3 != 0, CRC32 of the held ids below is divisible by 3 (zlib.crc32 agrees)
        assertThat(EvidenceScorer.part("multinews-val-8")).isEqualTo("tune");
        assertThat(EvidenceScorer.part("multinews-val-1090")).isEqualTo("held");
    }

    @Test
    void aPartWithNothingScoredIsLeftOutOfTheReport() {
        EvidenceReport r = new EvidenceReport();
        r.part(EvidenceScorer.TRAIN).speakerRight.add(true);
        assertThat(r.text(false)).contains("== train").doesNotContain("== tune").doesNotContain("== held");
    }
}

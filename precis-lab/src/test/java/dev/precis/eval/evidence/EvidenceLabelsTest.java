package dev.precis.eval.evidence;

import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precis on val-raw against the hand labels of labels/evidence: prints every figure and holds the
 * ones reached so far (see the issue 9 note for the targets still missed). Skipped without ../shared.
 */
class EvidenceLabelsTest {
    @Test
    void evidenceHoldsOnTheLabelledRealClusters() {
        EvidenceReport r = LabelledRun.score(Shared.require("data/multinews/val-raw.jsonl"), Shared.repo("labels/evidence"));
        System.out.print(r.text(false));
        // Items the code reports that nobody has labelled yet (new, or moved by a cleaning change: labels
        // are keyed by offsets) are listed to be read and labelled; the figures below cover labelled items.
        System.out.println("unlabelled reported items: " + r.unlabelled().size());
        r.unlabelled().forEach(u -> System.out.println("  unlabelled: " + u));
        assertThat(r.debris()).as("debris speakers").isEmpty();
        for (String part : EvidenceScorer.PARTS) {
            EvidenceReport.Part p = r.part(part);
            assertThat(p.speakerRight()).as(part + " named speaker right").isGreaterThanOrEqualTo(0.9);
            assertThat(p.speakerMissing()).as(part + " speaker within one sentence but missing").isLessThanOrEqualTo(0.15);
            // 0.918 on the tuning part before the readable-summaries cleaning changes were merged, 0.895 after
            // (wrong dates on lines that cleaning now keeps): the floor guards against falling further.
            // issue 9 round 3: 0.988 tune / 0.962 held after the multi-post, weekday-year and not-event rules
            assertThat(p.timelineRight()).as(part + " dated timeline entries right").isGreaterThanOrEqualTo(0.95);
            // Summaries changed with the retrained model, so few labelled citations remain in them; a share
            // over fewer than ten is no measure (see the note: the citations need relabelling).
            if (p.citationsJudged() >= 10) {
                assertThat(p.citationSame()).as(part + " extra citations stating the same fact").isGreaterThanOrEqualTo(0.7);
            }
            if (part.equals("tune")) { // the targets of issue 9, reached on the tuning part in round 3 (0.986, 0.021)
                assertThat(p.speakerRight()).as("tune named speaker right").isGreaterThanOrEqualTo(0.95);
                assertThat(p.speakerMissing()).as("tune speaker within one sentence but missing").isLessThanOrEqualTo(0.05);
            }
        }
    }
}

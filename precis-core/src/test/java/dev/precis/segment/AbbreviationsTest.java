package dev.precis.segment;

import org.junit.jupiter.api.Test;

import static dev.precis.segment.Abbreviations.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;

class AbbreviationsTest {
    private final Abbreviations abbr = Abbreviations.DEFAULT;

    @Test
    void recognisesEndings() {
        assertThat(abbr.endingOf("The talks began on Jan.")).isEqualTo(MONTH);
        assertThat(abbr.endingOf("He met (Mr.")).isEqualTo(TITLE);
        assertThat(abbr.endingOf("Officials in the U.S.")).isEqualTo(ACRONYM);
        assertThat(abbr.endingOf("Officials in the E.U.S.")).isEqualTo(INITIAL);
        assertThat(abbr.endingOf("The author J.R.R.")).isEqualTo(INITIAL);
        assertThat(abbr.endingOf("The store at 3100 N.")).isEqualTo(INITIAL);
        assertThat(abbr.endingOf("He scored 3 B.")).isNull();
        assertThat(abbr.endingOf("Smith v.")).isEqualTo(VERSUS);
        assertThat(abbr.endingOf("John F.")).isEqualTo(INITIAL);
        assertThat(abbr.endingOf("F.")).isEqualTo(INITIAL);
        assertThat(abbr.endingOf("in group B.")).isNull();
        assertThat(abbr.endingOf("he said no.")).isNull();
        assertThat(abbr.endingOf("The talks ended.")).isNull();
        assertThat(abbr.endingOf("He said \"Jan.\"")).isNull();
        assertThat(abbr.endingOf("the joint Canada/U.S.")).isEqualTo(JOINT);
        assertThat(abbr.endingOf("the joint and/or.")).isNull();
    }

    @Test
    void decidesContinuationByKind() {
        assertThat(abbr.continues(ACRONYM, "officials said")).isTrue();
        assertThat(abbr.continues(ACRONYM, "The Russians disagreed.")).isFalse();
        assertThat(abbr.continues(TITLE, "Kerry left.")).isTrue();
        assertThat(abbr.continues(MONTH, "5 in Geneva.")).isTrue();
        assertThat(abbr.continues(MONTH, "The talks ended.")).isFalse();
        assertThat(abbr.continues(PLACE, "Louis is a city.")).isTrue();
        assertThat(abbr.continues(NUMBER, "3 Downing Street")).isTrue();
        assertThat(abbr.continues(NUMBER, "one knows")).isFalse();
        assertThat(abbr.continues(TIME, "Tuesday, police said.")).isTrue();
        assertThat(abbr.continues(TIME, "Police said.")).isFalse();
        assertThat(abbr.continues(SUFFIX, ", the company said")).isTrue();
        assertThat(abbr.continues(SUFFIX, "The firm denied it.")).isFalse();
        assertThat(abbr.continues(INITIAL, "Kennedy was killed.")).isTrue();
        assertThat(abbr.continues(INITIAL, "The vote was close.")).isFalse();
        assertThat(abbr.continues(TITLE, "")).isFalse();
        assertThat(abbr.continues(JOINT, "Border Patrol unit made the arrest.")).isTrue();
        assertThat(abbr.continues(JOINT, "The talks failed.")).isFalse();
    }

    @Test
    void readsAcronymGluedByHyphenAsJointCompound() {
        assertThat(abbr.endingOf("under the 1961 Canadian-U.S.")).isEqualTo(JOINT);
        assertThat(abbr.endingOf("the first Sino-U.S.")).isEqualTo(JOINT);
        assertThat(abbr.endingOf("a well-known.")).isNull();
        assertThat(abbr.endingOf("said Senator Marsh, D-N.Y.")).isNotEqualTo(JOINT);
        assertThat(abbr.continues(JOINT, "Fisheries Accord, signed in May, expires.")).isTrue();
        // the same reading inside one span: a glued acronym ends its sentence only before an opener
        assertThat(abbr.acronymEnds("Trade rose under the Canadian-U.S. The pact lapsed.")).hasSize(1);
        assertThat(abbr.acronymEnds("Trade rose under the Canadian-U.S. Fisheries Accord.")).isEmpty();
    }
}

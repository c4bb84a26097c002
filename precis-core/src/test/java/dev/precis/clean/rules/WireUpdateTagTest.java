package dev.precis.clean.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WireUpdateTagTest {
    private final WireUpdateTag rule = new WireUpdateTag();

    @Test
    void cutsRevisionNoteBeforeStory() {
        String line = "Update, writethru with more detail, full results: voters in the river district chose a new mayor on sunday.";
        assertThat(rule.cut(line)).hasValueSatisfying(c ->
                assertThat(line.substring(c.length())).startsWith("voters in the river district"));
    }

    @Test
    void cutsCapitalisedAddsNote() {
        String line = "UPDATES with new casualty figures, adds quotes: Flooding forced 3,000 people from their homes.";
        assertThat(rule.cut(line)).hasValueSatisfying(c ->
                assertThat(line.substring(c.length())).startsWith("Flooding forced"));
    }

    @Test
    void keepsUpdateThatCarriesNews() {
        assertThat(rule.cut("Update: police released a photo of the van seen near the bridge on friday.")).isEmpty();
        assertThat(rule.cut("Updated at 4: 10 p.m.: revised to include comment from the mayor's office.")).isEmpty();
        assertThat(rule.cut("Updates to the bridge were approved, and crews adds lanes next year.")).isEmpty();
    }
}

package dev.precis.clean.rules;

import dev.precis.clean.Line;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SourceNoteTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '§', value = {
            "(Additional reporting by Jane Roe in Valley City; Editing by Max Poe) § true",
            "Reporting by Jane Roe § true",
            "Writing by Jane Roe; editing by Max Poe § true",
            "The bridge was built by the army in 1950 and repaired by the city in 1990. § false",
            "Reports by the coast guard said the pier was closed. § false"})
    void creditsForReportingAndEditingAreNotesAndOtherBysAreNot(String text, boolean note) {
        assertThat(new SourceNote().why(Line.of(0, 0, text), null).isPresent()).isEqualTo(note);
    }
}

package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OneOfGroupTest {

    @Test
    void aBareOneIsOneOfTheGroupItsParagraphOpensOn() {
        List<Quote> found = Quotes.find(TestClusters.cluster("Volunteers in Dayton have asked for more buses, but only Mayor Ann Lee — "
                + "not Sens. Tom Reeve or Carl Ortega — has promised help. “We need drivers more than we need speeches from anyone,” one said."));
        assertThat(found).extracting(Quote::speaker).containsExactly("one of the volunteers in Dayton");
    }

    @Test
    void withNoGroupNobodyIsNamed() {
        assertThat(OneOfGroup.speaker(", one said.", "Only Mayor Ann Lee has promised help. ")).isEmpty();
        assertThat(OneOfGroup.speaker(", one resident said.", "Volunteers have asked for buses. ")).isNull(); // read elsewhere
        assertThat(OneOfGroup.speaker(", Ann Lee said.", "Volunteers have asked for buses. ")).isNull();
    }
}

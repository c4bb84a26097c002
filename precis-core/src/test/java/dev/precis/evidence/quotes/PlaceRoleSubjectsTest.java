package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceRoleSubjectsTest {

    @Test
    void thePersonAfterThePlaceAndTheRoleIsTheSubject() {
        List<Quote> found = Quotes.find(TestClusters.cluster("The old mill closed in the spring. Cedar Falls resident Martha Greer "
                + "worked there for thirty years. “Nobody told us a thing until the gates were locked,” she said."));
        assertThat(found).extracting(Quote::speaker).containsExactly("Martha Greer");
    }

    @Test
    void onlyARoleOrAResidentBetweenThem() {
        assertThat(PlaceRoleSubjects.holder("Cedar Falls resident Martha Greer worked there", "Cedar Falls".length())).isEqualTo("Martha Greer");
        assertThat(PlaceRoleSubjects.holder("Yale law professor Ann Lee said", "Yale".length())).isEqualTo("Ann Lee");
        assertThat(PlaceRoleSubjects.holder("Tom Reeve met Ann Lee in May", "Tom Reeve".length())).isNull(); // a verb, not a role
        assertThat(PlaceRoleSubjects.holder("Tom Reeve had Ann Lee over", "Tom Reeve".length())).isNull();
    }
}

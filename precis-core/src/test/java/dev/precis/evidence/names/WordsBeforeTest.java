package dev.precis.evidence.names;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WordsBeforeTest {
    @Test
    void findsTheWordBeforeEveryPlaceInEveryArticle() {
        Map<String, Set<String>> before = WordsBefore.of(TestClusters.cluster(
                "Mountaineer Ueli Steck died. Swiss climber  Ueli Steck was 40.",
                "Ueli Steck opened the route.\nUeli Steck fell. XUeli Steck is a typo."),
                List.of("Ueli Steck", "Jocelyn Bynoe"));
        // spaces are skipped but a line break is not; a place inside a longer word counts, as indexOf finds it
        assertThat(before.get("Ueli Steck")).containsExactlyInAnyOrder("Mountaineer", "climber", "", "X");
        assertThat(before.get("Jocelyn Bynoe")).isEmpty();
    }
}

package dev.precis.ingest;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.BadInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterJsonTest {
    @Test
    void readsStringsAndObjectsWithTheirFields() {
        Cluster c = ClusterJson.read("""
                {"id": "fire", "documents": ["First article.", {"id": "b", "text": "Second article.",
                 "title": "Fire", "outlet": "Wire", "url": "https://x.test/b", "date": "2016-09-23"}]}""", "cluster");
        assertThat(c.id()).isEqualTo("fire");
        assertThat(c.articles()).extracting(Article::id).containsExactly("1", "b");
        Article b = c.articles().get(1);
        assertThat(b.title()).isEqualTo("Fire");
        assertThat(b.outlet()).isEqualTo("Wire");
        assertThat(b.date()).isEqualTo(LocalDate.of(2016, 9, 23));
    }

    @Test
    void missingIdTakesTheDefault() {
        assertThat(ClusterJson.read("{\"documents\": [\"Text.\"]}", "cluster").id()).isEqualTo("cluster");
    }

    @Test
    void textThatIsNotJsonIsMalformed() {
        assertThatThrownBy(() -> ClusterJson.read("{\"documents\": [", "c"))
                .isInstanceOf(ClusterJson.Malformed.class).hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> ClusterJson.read("{} trailing", "c")).isInstanceOf(ClusterJson.Malformed.class);
    }

    @Test
    void jsonOfTheWrongShapeNamesTheField() {
        assertThatThrownBy(() -> ClusterJson.read("[1, 2]", "c"))
                .isInstanceOf(BadInputException.class).isNotInstanceOf(ClusterJson.Malformed.class)
                .hasMessage("expected a JSON object");
        assertThatThrownBy(() -> ClusterJson.read("{\"documents\": 5}", "c"))
                .hasMessage("\"documents\" must be a list");
        assertThatThrownBy(() -> ClusterJson.read("{\"documents\": [true]}", "c"))
                .hasMessage("documents[0] is not a string or an object");
        assertThatThrownBy(() -> ClusterJson.read("{\"documents\": [{\"text\": \"a\", \"title\": [1]}]}", "c"))
                .hasMessage("documents[0].title must be a string, not a list");
        assertThatThrownBy(() -> ClusterJson.read("{\"id\": {}, \"documents\": [\"a\"]}", "c"))
                .hasMessage("\"id\" must be a string");
        assertThatThrownBy(() -> ClusterJson.read("{\"documents\": [\"  \"]}", "c"))
                .hasMessage("no non-empty documents");
    }
}

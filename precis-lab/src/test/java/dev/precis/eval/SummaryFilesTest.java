package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsStringsAndLists() throws IOException {
        Path f = dir.resolve("s.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"summary\":\"One.\\r\\nTwo.\"}\n\n{\"id\":7,\"summary\":[\"x\",\"y z\"],\"other\":1}\n");
        var m = SummaryFiles.read(f);
        assertThat(m.keySet()).containsExactly("a", "7");
        assertThat(m.get("a")).containsExactly("One.", "Two.");
        assertThat(m.get("7")).containsExactly("x", "y z");
    }

    @Test
    void explainsBadInput() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"summary\":\"x\"}\n{\"id\":\"b\",\"summary\":3}\n");
        assertThatThrownBy(() -> SummaryFiles.read(f)).isInstanceOf(BadInputException.class)
                .hasMessage(f + ":2: \"summary\" must be a string or a list of strings");
        Files.writeString(f, "{\"id\":\"a\",\"summary\":\"x\"}\n{\"id\":\"a\",\"summary\":\"y\"}\n");
        assertThatThrownBy(() -> SummaryFiles.read(f)).hasMessage(f + ":2: id \"a\" appears twice");
        Files.writeString(f, "not json\n");
        assertThatThrownBy(() -> SummaryFiles.read(f)).hasMessageStartingWith(f + ":1: not a JSON object");
        assertThatThrownBy(() -> SummaryFiles.read(dir.resolve("none.jsonl"))).hasMessageStartingWith("no such file");
        assertThat(SummaryFiles.read(writeEmpty())).isEmpty();
    }

    private Path writeEmpty() throws IOException {
        Path f = dir.resolve("empty.jsonl");
        Files.write(f, List.of());
        return f;
    }
}

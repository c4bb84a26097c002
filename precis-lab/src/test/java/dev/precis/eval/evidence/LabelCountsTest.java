package dev.precis.eval.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Counts" table of labels/evidence/README.md against the label files: each row's first figures (items,
 * tuning, held apart, clusters) are the file's lines, its lines of each part and its distinct clusters, and
 * every "(a + b + ...)" in the table adds up to the figure before it. Keeps the table honest when labels are added.
 */
class LabelCountsTest {
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d[\\d,]*");
    private static final Pattern SUM = Pattern.compile("(\\d[\\d,]*)(?: [\\p{L}-]+)*:? (?:[\\p{L}-]+ )*\\((\\d+(?: \\+ \\d+)+)\\)");

    @Test
    void theReadmesCountsAreTheFilesCounts() throws IOException {
        Path dir = Shared.repo("labels/evidence");
        List<String> rows = Files.readAllLines(dir.resolve("README.md")).stream()
                .dropWhile(l -> !l.equals("## Counts")).filter(l -> l.startsWith("| ") && !l.startsWith("| file ")).toList();
        assertThat(rows).hasSize(5);
        ObjectMapper om = new ObjectMapper();
        for (String row : rows) {
            String[] cells = row.split(" \\| ");
            String file = cells[0].substring(2).strip() + ".jsonl";
            int lines = 0, tune = 0, held = 0;
            Set<String> clusters = new HashSet<>();
            for (String line : Files.readAllLines(dir.resolve(file))) {
                if (line.isBlank()) continue;
                JsonNode n = om.readTree(line);
                lines++;
                String cluster = n.path("cluster").asText();
                if (EvidenceScorer.part(cluster).equals("held")) held++; // the README's split, not the line's own "part"
                else tune++;
                clusters.add(cluster);
            }
            assertThat(first(cells[1])).as(file + " items").isEqualTo(lines);
            assertThat(first(cells[2])).as(file + " tuning").isEqualTo(tune);
            assertThat(first(cells[3])).as(file + " held apart").isEqualTo(held);
            assertThat(first(cells[4])).as(file + " clusters").isEqualTo(clusters.size());
            for (String cell : cells) {
                Matcher m = SUM.matcher(cell);
                while (m.find()) {
                    int total = 0;
                    for (String t : m.group(2).split(" \\+ ")) total += Integer.parseInt(t);
                    assertThat(total).as(file + ": " + m.group()).isEqualTo(number(m.group(1)));
                }
            }
        }
    }

    private static int first(String cell) {
        Matcher m = FIRST_NUMBER.matcher(cell);
        assertThat(m.find()).as(cell).isTrue();
        return number(m.group());
    }

    private static int number(String s) {
        return Integer.parseInt(s.replace(",", ""));
    }
}

package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Drop;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The quality bar on the five real articles of the Aleppo example: no debris, every story sentence. */
class AleppoCleanTest {
    private static Cluster cluster;
    private static List<CleanArticle> cleaned;

    @BeforeAll
    static void clean() {
        Path dir = Shared.require("examples/aleppo-truce");
        List<ClusterInput> in = Sources.readAll(dir);
        cluster = in.get(0).cluster();
        cleaned = Rules.cleaner().clean(cluster);
    }

    private static List<String> keptLines(int article) {
        return Arrays.asList(cleaned.get(article).text().split("\n"));
    }

    private static String allKept() {
        return cleaned.stream().map(CleanArticle::text).collect(Collectors.joining("\n"));
    }

    @Test
    void readsFiveArticlesInNameOrder() {
        assertThat(cluster.id()).isEqualTo("aleppo-truce");
        assertThat(cluster.articles()).extracting(a -> a.id()).containsExactly(
                "000_f16009f085e5cbb7", "001_3111386e660063be", "002_86114bbbfe74078b",
                "003_dfa95b5dddef0011", "004_5a31d23e92dabe35");
    }

    @Test
    void noDebrisLineIsKept() {
        List<String> debris = List.of(
                "Share", "Advertisement", "New comment:", "At a glance", "3 min read", "23 September, 2016",
                "Friday, September 23rd 2016", "Dave Clark with Karam al-Masri", "Source: News Agencies",
                "Agencies contributed to this report", "- Rebel neighborhoods -", "- Phosphorous bombs -",
                "- Talks in 'next few weeks'? -", "Humanitarian deliveries", "‘Hanging by a thread’",
                "News | Politics | Features | Arts | Entertainment | Society | Sport",
                "Attack on Syrian medical facility kills 4 staff",
                "Russia Says Coalition Drone Was in Area When Syria Aid Convoy",
                "The US calls for no-fly zone over parts of Syria",
                "Diplomats said Russia had not been able to promise to ground Syria's bombers [AFP]",
                "Since the collapse of the truce, dozens of raids have hit the Aleppo’s east [Abdalrhman Ismail/Reuters]",
                "Men carry children away from a damaged site after airstrikes on the rebel held al-Qaterji neighbourhood of Aleppo",
                "World powers fail to salvage Syrian truce",
                "Syria launches Aleppo push as truce plan flounders",
                "New Aleppo bombing campaign signals end of Syria ceasefire",
                "More talks at UN as Syria’s future ‘hangs by a thread’",
                "Russia rejects Kerry’s idea of grounding Russian, Syrian planes – RIA");
        List<String> kept = Arrays.stream(allKept().split("\n")).map(String::strip).toList();
        for (String d : debris) assertThat(kept).as("debris kept").doesNotContain(d);
        assertThat(allKept()).doesNotContain("NEW YORK, UNITED STATES").doesNotContain("Karam al-Masri in Aleppo-");
    }

    @Test
    void everyStorySentenceIsKept() {
        assertThat(keptLines(0)).contains(
                "A defiant Syrian regime launched a new assault on rebel-held eastern Aleppo on Thursday as the United States and Russia failed to revive a floundering peace plan.",
                "But he had a less rosy view of events on the ground.",
                "\"Not for one day or two, but for as long as possible so that everyone sees that they are serious.\"",
                "Ramzy Ezzeldin Ramzy said De Mistura is in talks with the parties to organize \"direct negotiations,\" a departure from past rounds where the sides met with mediators.");
        assertThat(keptLines(1)).contains(
                "Kerry says, “We can’t go out to the world and say we have an agreement when we don’t”.",
                "The Syrian Observatory for Human Rights reported at least 30 air strikes had targeted different areas of Aleppo from midnight.",
                "At the UN, Assad’s other major supporter also rejected the US-led call for aircraft to be grounded.");
        assertThat(keptLines(2)).contains(
                "Kerry says he will meet Lavrov again to try to narrow differences after collapse of truce and resumption of violence.",
                "Diplomats told AFP news agency that it would take place at 2pm (18:00 GMT) in a New York hotel.",
                "At least 12 civilians, including two children, were killed, the highest single-day toll since the truce collapsed this week, the monitor said.",
                "But he added: “It’s going to be very difficult. We’ll see what people are willing to do.”",
                "Failing that, Kerry has admitted that Syria’s future is “hanging by a thread”.");
        assertThat(keptLines(3)).contains(
                "A high-level meeting of the International Syria Support Group on Thursday ended without agreement on a way to revive a collapsed US and Russian-brokered truce.",
                "\"Not for one day or two, but for as long as possible so that everyone sees that they are serious.\"",
                "According to the United Nations approximately 400,000 people have died in Syria's civil war.");
        assertThat(keptLines(4)).contains(
                "The UN hopes to send others to besieged areas in Idlib and near the Lebanese border in coming days.",
                "But the prospects for progress are thin, says the BBC’s James Longman in Beirut.",
                "“You have 48 hours only, that’s the time-frame the leadership has set”, one of the messages said.");
        // every line of sentence shape in the raw files (six words or more, ending like a sentence) survives
        for (int a = 0; a < cluster.articles().size(); a++) {
            List<String> kept = keptLines(a);
            for (String raw : cluster.articles().get(a).text().split("\n")) {
                String line = raw.replace('\u00A0', ' ').strip();
                if (Line.endsSentence(line) && line.split("\\s+").length >= 6 && !line.endsWith("[AFP]")
                        && !line.startsWith("NEW YORK")) {
                    assertThat(kept).as("story line of article %d", a).contains(line);
                }
            }
        }
    }

    @Test
    void datelinePrefixIsCutAndExplained() {
        CleanArticle first = cleaned.get(0);
        assertThat(first.text()).startsWith("A defiant Syrian regime launched");
        assertThat(first.drops()).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo("dateline");
            assertThat(d.text()).isEqualTo("NEW YORK, UNITED STATES, Dave Clark with Karam al-Masri in Aleppo-");
        });
    }

    @Test
    void duplicatedLeadIsDroppedOnce() {
        CleanArticle a = cleaned.get(3);
        String lead = "A high-level meeting of the International Syria Support Group on Thursday ended without agreement on a way to revive a collapsed US and Russian-brokered truce.";
        assertThat(keptLines(3).stream().filter(lead::equals)).hasSize(1);
        assertThat(a.drops()).extracting(Drop::rule).contains("duplicate");
    }

    @Test
    void dropsAreExplainable() {
        for (CleanArticle a : cleaned) {
            for (Drop d : a.drops()) {
                assertThat(d.rule()).matches("[a-z]+(-[a-z]+)*");
                assertThat(d.reason()).isNotBlank().doesNotContain("\n");
                assertThat(d.text()).isNotBlank();
            }
        }
        assertThat(RuleCleaner.explain(cleaned.get(1))).contains("ui-line: ").contains("| Advertisement");
    }
}

package dev.precis.stories;

import dev.precis.model.Article;
import dev.precis.model.BadInputException;
import dev.precis.stories.store.StoryStore;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.precis.stories.Texts.ELECTION;
import static dev.precis.stories.Texts.HARBOUR;
import static dev.precis.stories.Texts.HARBOUR_2;
import static dev.precis.stories.Texts.NOTICE;
import static dev.precis.stories.Texts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoriesTest {
    @TempDir
    Path dir;

    private static List<String> export(Path dir) {
        List<String> out = new ArrayList<>();
        try (StoryStore s = StoryStore.open(dir)) {
            s.forEachAssignment(a -> out.add(a.id() + "=" + (a.story() < 0 ? "-" : a.story())));
        }
        return out;
    }

    private static void add(Path dir, List<Article> articles) {
        try (Stories s = Stories.open(StoryStore.open(dir), GroupingParams.defaults())) {
            articles.forEach(s::add);
        }
    }

    @Test
    void theStoreHasTheLatestSchemaAndReopens() {
        try (StoryStore s = StoryStore.open(dir)) {
            assertThat(s.schemaVersion()).isEqualTo(2);
        }
        try (StoryStore s = StoryStore.open(dir)) {
            assertThat(s.schemaVersion()).isEqualTo(2);
            assertThat(s.nextSeq()).isEqualTo(1);
        }
    }

    @Test
    void addingAnArticleIdAgainChangesNothing() {
        List<Article> stream = List.of(article("a", HARBOUR), article("b", ELECTION), article("n", NOTICE));
        add(dir, stream);
        List<String> once = export(dir);
        try (Stories s = Stories.open(StoryStore.open(dir), GroupingParams.defaults())) {
            for (Article a : stream) assertThat(s.add(a)).isEqualTo(Stories.Outcome.ALREADY_STORED);
            assertThat(s.add(article("a", HARBOUR_2))).isEqualTo(Stories.Outcome.ALREADY_STORED);
        }
        assertThat(export(dir)).isEqualTo(once).containsExactly("a=1", "b=2", "n=-");
    }

    @Test
    void aMergeIsRecordedAndTheMergedStoryPointsToItsHeir() {
        GroupingParams loose = GroupingParams.defaults().withLinkage(0).withJoin(0.1).withMerge(0.1);
        try (Stories s = Stories.open(StoryStore.open(dir), loose)) {
            s.add(article("h", HARBOUR));
            s.add(article("e", ELECTION));
            s.add(article("b", HARBOUR_2 + "\n\n" + ELECTION.replace("Sunday", "Saturday")));
        }
        try (StoryStore s = StoryStore.open(dir)) {
            assertThat(s.merges()).hasSize(1);
            long from = s.merges().get(0).from();
            long into = s.merges().get(0).into();
            assertThat(s.story(from).mergedInto()).isEqualTo(into);
            assertThat(s.stories(null)).hasSize(1);
            assertThat(s.stories(null).get(0).articles()).isEqualTo(3);
        }
        try (Stories s = Stories.open(StoryStore.open(dir), loose)) {
            long merged = s.store().merges().get(0).from();
            assertThatThrownBy(() -> s.cluster(merged)).isInstanceOf(BadInputException.class).hasMessageContaining("merged into");
            assertThatThrownBy(() -> s.cluster(999)).isInstanceOf(BadInputException.class).hasMessageContaining("no story 999");
        }
    }

    /** Stopping anywhere and reopening continues exactly as an uninterrupted run, which is what the store-free replay gives. */
    @Test
    void aRunInTwoPartsGroupsExactlyAsOneRunAndAsTheReplay() {
        List<Article> stream = sample(90);
        add(dir.resolve("whole"), stream);
        add(dir.resolve("parts"), stream.subList(0, 41));
        add(dir.resolve("parts"), stream);
        List<String> whole = export(dir.resolve("whole"));
        assertThat(export(dir.resolve("parts"))).isEqualTo(whole);
        List<String> replay = new Replay(stream).labels(GroupingParams.defaults());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < stream.size(); i++) expected.add(stream.get(i).id() + "=" + (replay.get(i) == null ? "-" : replay.get(i)));
        assertThat(whole).isEqualTo(expected);
    }

    /** Written as a snapshot, not with every batch: when add ends it is as of the last article. */
    @Test
    void theStoredDocumentFrequenciesAreAsOfTheLastArticleWhenAddEnds() {
        add(dir, List.of(article("a", HARBOUR), article("b", ELECTION), article("n", NOTICE), article("c", HARBOUR_2)));
        try (StoryStore s = StoryStore.open(dir)) {
            assertThat(s.documents()).isEqualTo(3);
            assertThat(s.frequenciesDocuments()).isEqualTo(3);
            assertThat(s.documentFrequencies()).containsEntry("kingsport", 2).containsEntry("lorren", 1);
        }
    }

    /** Cleaning ahead on other threads changes nothing: same stories, outcomes in order, repeats skipped. */
    @Test
    void addingAllWithCleaningAheadGroupsExactlyAsOneByOne() {
        List<Article> stream = new ArrayList<>(sample(90));
        stream.add(40, stream.get(3));
        add(dir.resolve("one-by-one"), stream);
        List<Stories.Outcome> outcomes = new ArrayList<>();
        try (Stories s = Stories.open(StoryStore.open(dir.resolve("all")), GroupingParams.defaults())) {
            s.addAll(sink -> stream.forEach(sink), outcomes::add);
        }
        assertThat(export(dir.resolve("all"))).isEqualTo(export(dir.resolve("one-by-one")));
        assertThat(outcomes).hasSize(stream.size());
        assertThat(outcomes.get(40)).isEqualTo(Stories.Outcome.ALREADY_STORED);
        assertThat(outcomes.get(0)).isEqualTo(Stories.Outcome.STARTED);
    }

    @Test
    void aBadLineStopsAddingAllButTheArticlesBeforeItAreKept() {
        try (Stories s = Stories.open(StoryStore.open(dir), GroupingParams.defaults())) {
            assertThatThrownBy(() -> s.addAll(sink -> {
                sink.accept(article("a", HARBOUR));
                sink.accept(article("b", ELECTION));
                throw new BadInputException("stream.jsonl:3: not valid JSON");
            }, o -> { })).isInstanceOf(BadInputException.class).hasMessage("stream.jsonl:3: not valid JSON");
        }
        assertThat(export(dir)).containsExactly("a=1", "b=2");
    }

    private static List<Article> sample(int n) {
        Path stream = Shared.require("data/stories/val-raw-stream.jsonl");
        List<Article> out = new ArrayList<>();
        ArticleInputs.read(stream, a -> {
            if (out.size() < n) out.add(a);
        });
        return out;
    }

    @Test
    void aBadLineIsAOneLineErrorWithItsPlace(@TempDir Path files) throws Exception {
        Path bad = files.resolve("bad.jsonl");
        java.nio.file.Files.writeString(bad, "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\"\n");
        assertThatThrownBy(() -> ArticleInputs.read(bad, a -> { }))
                .isInstanceOf(BadInputException.class).hasMessage(bad + ":2: not valid JSON");
        java.nio.file.Files.writeString(bad, "{\"text\": \"x\"}\n");
        assertThatThrownBy(() -> ArticleInputs.read(bad, a -> { })).hasMessage(bad + ":1: missing \"id\"");
        java.nio.file.Files.writeString(bad, "{\"id\": \"a\", \"text\": \"x\", \"date\": \"monday\"}\n");
        assertThatThrownBy(() -> ArticleInputs.read(bad, a -> { })).hasMessageContaining("not an ISO date");
    }
}

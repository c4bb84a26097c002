package dev.precis.stories.store;

import dev.precis.model.Article;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements that write one {@link Batch} into the store's tables: its articles, the articles it
 * takes out of their stories, its merges, the rows of the stories it touched, the document frequencies
 * and count. {@link StoryStore#commit} runs them inside its transaction, which it opens, checks and
 * commits or rolls back; this class never commits.
 */
final class BatchWrites {
    private static final int TITLE_CHARS = 2000;

    private final Connection connection;

    BatchWrites(Connection connection) {
        this.connection = connection;
    }

    void write(Batch batch) throws SQLException {
        insertArticles(batch.articles);
        for (Batch.Unassign u : batch.unassigned) unassign(u);
        for (Batch.Merge m : batch.merges) merge(m);
        for (long story : batch.touchedStories) refresh(story);
        if (batch.frequencies != null) frequencies(batch.frequencies, batch.documents);
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE grouping_stat SET amount = ? WHERE name = 'documents'")) {
            p.setLong(1, batch.documents);
            p.executeUpdate();
        }
    }

    private void insertArticles(List<StoredArticle> articles) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO article (seq, id, title, outlet, url, published,"
                + " added_at, raw_text, clean_text, story_id, noise, indexed, terms, sketch)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (StoredArticle a : articles) {
                Article s = a.source();
                p.setLong(1, a.seq());
                p.setString(2, s.id());
                p.setString(3, cut(s.title(), TITLE_CHARS));
                p.setString(4, cut(s.outlet(), 500));
                p.setString(5, cut(s.url(), 2000));
                p.setDate(6, s.date() == null ? null : Date.valueOf(s.date()));
                p.setTimestamp(7, now);
                p.setString(8, s.text());
                p.setString(9, a.cleanText());
                if (a.story() < 0) p.setNull(10, Types.BIGINT); else p.setLong(10, a.story());
                p.setString(11, a.noise() == null ? null : cut(a.noise(), 1000));
                p.setBoolean(12, a.indexed());
                p.setString(13, a.terms());
                p.setString(14, a.sketch());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void unassign(Batch.Unassign u) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE article SET story_id = NULL, noise = ? WHERE seq = ?")) {
            p.setString(1, cut(u.reason(), 1000));
            p.setLong(2, u.seq());
            p.executeUpdate();
        }
    }

    private void merge(Batch.Merge m) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE article SET story_id = ? WHERE story_id = ?")) {
            p.setLong(1, m.into());
            p.setLong(2, m.from());
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO story_merge (from_story, into_story, at_seq) VALUES (?, ?, ?)")) {
            p.setLong(1, m.from());
            p.setLong(2, m.into());
            p.setLong(3, m.atSeq());
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement("UPDATE story SET merged_into = ? WHERE id = ?")) {
            p.setLong(1, m.into());
            p.setLong(2, m.from());
            if (p.executeUpdate() == 0) {
                try (PreparedStatement i = connection.prepareStatement("INSERT INTO story (id, first_seq, last_seq,"
                        + " article_count, updated_at, merged_into) VALUES (?, ?, ?, 0, ?, ?)")) {
                    i.setLong(1, m.from());
                    i.setLong(2, m.from());
                    i.setLong(3, m.atSeq());
                    i.setTimestamp(4, Timestamp.from(Instant.now()));
                    i.setLong(5, m.into());
                    i.executeUpdate();
                }
            }
        }
    }

    /** Recomputes a story's row from its articles; a story left with none and never merged is deleted. */
    private void refresh(long story) throws SQLException {
        long first;
        long last;
        int count;
        Date firstDate;
        Date lastDate;
        try (PreparedStatement p = connection.prepareStatement("SELECT MIN(seq), MAX(seq), COUNT(*), MIN(published),"
                + " MAX(published) FROM article WHERE story_id = ?")) {
            p.setLong(1, story);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                first = r.getLong(1);
                last = r.getLong(2);
                count = r.getInt(3);
                firstDate = r.getDate(4);
                lastDate = r.getDate(5);
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        if (count == 0) {
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE story SET article_count = 0, updated_at = ? WHERE id = ? AND merged_into IS NOT NULL")) {
                p.setTimestamp(1, now);
                p.setLong(2, story);
                if (p.executeUpdate() == 1) return;
            }
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM story WHERE id = ?")) {
                p.setLong(1, story);
                p.executeUpdate();
            }
            return;
        }
        // Both statements list the row's values in one order, so one binding serves them.
        try (PreparedStatement p = connection.prepareStatement("UPDATE story SET first_seq = ?, last_seq = ?,"
                + " article_count = ?, first_date = ?, last_date = ?, updated_at = ? WHERE id = ?")) {
            bindStoryRow(p, first, last, count, firstDate, lastDate, now, story);
            if (p.executeUpdate() == 1) return;
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO story (first_seq, last_seq, article_count,"
                + " first_date, last_date, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            bindStoryRow(p, first, last, count, firstDate, lastDate, now, story);
            p.executeUpdate();
        }
    }

    /** Binds a story row's values in the order {@link #refresh}'s statements list them: first_seq to updated_at, then id. */
    private static void bindStoryRow(PreparedStatement p, long first, long last, int count, Date firstDate, Date lastDate,
                                     Timestamp now, long story) throws SQLException {
        p.setLong(1, first);
        p.setLong(2, last);
        p.setInt(3, count);
        p.setDate(4, firstDate);
        p.setDate(5, lastDate);
        p.setTimestamp(6, now);
        p.setLong(7, story);
    }

    private void frequencies(Map<String, Integer> changed, long documents) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE grouping_stat SET amount = ? WHERE name = 'frequencies_documents'")) {
            p.setLong(1, documents);
            p.executeUpdate();
        }
        if (changed.isEmpty()) return;
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(changed.entrySet());
        int[] updated;
        try (PreparedStatement p = connection.prepareStatement("UPDATE term_df SET df = ? WHERE term = ?")) {
            for (Map.Entry<String, Integer> e : entries) {
                p.setInt(1, e.getValue());
                p.setString(2, e.getKey());
                p.addBatch();
            }
            updated = p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO term_df (term, df) VALUES (?, ?)")) {
            boolean any = false;
            for (int i = 0; i < entries.size(); i++) {
                if (updated[i] != 0) continue;
                p.setString(1, entries.get(i).getKey());
                p.setInt(2, entries.get(i).getValue());
                p.addBatch();
                any = true;
            }
            if (any) p.executeBatch();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

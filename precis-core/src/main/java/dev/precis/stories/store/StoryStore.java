package dev.precis.stories.store;

import dev.precis.lexicon.Spaces;
import dev.precis.model.Article;
import dev.precis.model.BadInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The story store over JDBC: an embedded H2 database in file mode by default, or any database a
 * JDBC URL names. One {@link Batch} is one transaction, so a crash loses at most the batch in
 * flight and never leaves a half-made story. Writers are serialised: H2 in file mode refuses a
 * second process outright, and on a server every commit checks that no other writer moved the
 * arrival counter since this one read it.
 */
public final class StoryStore implements AutoCloseable {
    /** H2's error code for a database file another process holds. */
    private static final int H2_DATABASE_IN_USE = 90020;

    private final Connection connection;
    private final String location;
    private long nextSeq;

    private StoryStore(Connection connection, String location) throws SQLException {
        this.connection = connection;
        this.location = location;
        connection.setAutoCommit(false);
        Migrations.apply(connection);
        nextSeq = stat("next_seq");
    }

    /** Opens (creating when needed) the H2 store in folder {@code dir}. */
    public static StoryStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new BadInputException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) throw new BadInputException("cannot write to the store folder " + dir);
        // WRITE_DELAY=0: a commit reaches the file before commit() returns, so kill -9 cannot undo it
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("stories") + ";WRITE_DELAY=0";
        return connect(url, "", "", dir.toString());
    }

    /** Connects to the database a JDBC URL names (its driver must be on the class path). */
    public static StoryStore connect(String url, String user, String password, String location) {
        try {
            return new StoryStore(DriverManager.getConnection(url, user, password), location);
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new BadInputException("the store " + location + " is in use by another precis process; "
                        + "wait for it to finish (one process at a time)", e);
            }
            throw new BadInputException("cannot open the store " + location + ": " + firstLine(e), e);
        }
    }

    public String location() {
        return location;
    }

    public int schemaVersion() {
        return query(() -> Migrations.current(connection));
    }

    /** The arrival number the next stored article gets. */
    public long nextSeq() {
        return nextSeq;
    }

    public long documents() {
        return query(() -> stat("documents"));
    }

    /** Every stored article with what the grouper needs, in arrival order (raw text left out). */
    public void forEachArticle(Consumer<StoredArticle> sink) {
        query(() -> {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT seq, id, published, story_id, noise, indexed, terms, sketch"
                         + " FROM article ORDER BY seq")) {
                while (r.next()) {
                    Date d = r.getDate(3);
                    Article a = new Article(r.getString(2), "", "", d == null ? null : d.toLocalDate(), "", "");
                    long story = r.getLong(4);
                    if (r.wasNull()) story = -1;
                    sink.accept(new StoredArticle(r.getLong(1), a, "", story, r.getString(5), r.getBoolean(6),
                            r.getString(7), r.getString(8)));
                }
            }
            return null;
        });
    }

    /** The document count that the stored document frequencies are as of (they are a snapshot, see {@code Stories.flush}). */
    public long frequenciesDocuments() {
        return query(() -> stat("frequencies_documents"));
    }

    public Map<String, Integer> documentFrequencies() {
        return query(() -> {
            Map<String, Integer> out = new HashMap<>();
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT term, df FROM term_df")) {
                while (r.next()) out.put(r.getString(1), r.getInt(2));
            }
            return out;
        });
    }

    /** Writes a batch in one transaction; nothing of it is kept if any part fails. */
    public void commit(Batch batch) {
        try {
            long expected = nextSeq;
            long next = expected + batch.size();
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE grouping_stat SET amount = ? WHERE name = 'next_seq' AND amount = ?")) {
                p.setLong(1, next);
                p.setLong(2, expected);
                if (p.executeUpdate() != 1) {
                    throw new BadInputException("another process added articles to the store " + location
                            + " meanwhile; run add again (one writer at a time)");
                }
            }
            new BatchWrites(connection).write(batch);
            connection.commit();
            nextSeq = next;
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (e instanceof BadInputException p) throw p;
            throw new IllegalStateException("could not write to the store " + location + ": " + e.getMessage(), e);
        }
    }

    /** Live stories (not merged away), newest first; with {@code since}, those with an article on or after it. */
    public List<StoryRow> stories(LocalDate since) {
        return query(() -> {
            String sql = "SELECT s.id, s.article_count, s.first_seq, s.last_seq, s.first_date, s.last_date, s.updated_at,"
                    + " a.title, SUBSTRING(a.clean_text FROM 1 FOR 160) FROM story s JOIN article a ON a.seq = s.first_seq"
                    + " WHERE s.merged_into IS NULL AND s.article_count > 0"
                    + (since == null ? "" : " AND COALESCE(s.last_date, CAST(s.updated_at AS DATE)) >= ?")
                    + " ORDER BY s.last_seq DESC";
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                if (since != null) p.setDate(1, Date.valueOf(since));
                List<StoryRow> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) out.add(row(r));
                }
                return out;
            }
        });
    }

    /** One story, merged or not, or null when there is none with that id. */
    public StoryRow story(long id) {
        return query(() -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT s.id, s.article_count, s.first_seq, s.last_seq,"
                    + " s.first_date, s.last_date, s.updated_at, a.title, SUBSTRING(a.clean_text FROM 1 FOR 160),"
                    + " s.merged_into FROM story s LEFT JOIN article a ON a.seq = s.first_seq WHERE s.id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) return null;
                    StoryRow row = row(r);
                    long into = r.getLong(10);
                    return r.wasNull() ? row : new StoryRow(row.id(), row.articles(), row.firstSeq(), row.lastSeq(),
                            row.firstDate(), row.lastDate(), row.updatedAt(), into, row.headline());
                }
            }
        });
    }

    private static StoryRow row(ResultSet r) throws SQLException {
        Date first = r.getDate(5);
        Date last = r.getDate(6);
        String title = r.getString(8);
        String headline = title != null && !title.isBlank() ? title : r.getString(9);
        headline = headline == null ? "" : Spaces.collapse(headline).strip();
        return new StoryRow(r.getLong(1), r.getInt(2), r.getLong(3), r.getLong(4),
                first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate(),
                r.getTimestamp(7).toLocalDateTime(), -1, headline);
    }

    /** The source articles of a story, in arrival order, as they were read. */
    public List<Article> articles(long story) {
        return query(() -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT id, title, outlet, published, url, raw_text"
                    + " FROM article WHERE story_id = ? ORDER BY seq")) {
                p.setLong(1, story);
                List<Article> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Date d = r.getDate(4);
                        out.add(new Article(r.getString(1), r.getString(2), r.getString(3),
                                d == null ? null : d.toLocalDate(), r.getString(5), r.getString(6)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * One article by its id, with its raw and cleaned text and where it went (grouping terms and
     * sketch left empty), or null when the store has no article by that id.
     */
    public StoredArticle article(String id) {
        return query(() -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT seq, id, title, outlet, published, url,"
                    + " raw_text, clean_text, story_id, noise, indexed FROM article WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) return null;
                    Date d = r.getDate(5);
                    Article a = new Article(r.getString(2), r.getString(3), r.getString(4),
                            d == null ? null : d.toLocalDate(), r.getString(6), r.getString(7));
                    long story = r.getLong(9);
                    if (r.wasNull()) story = -1;
                    return new StoredArticle(r.getLong(1), a, r.getString(8), story, r.getString(10),
                            r.getBoolean(11), "", "");
                }
            }
        });
    }

    /** One assignment per article in arrival order: id, story (-1 when unassigned), and the noise reason. */
    public record Assignment(String id, long story, String noise) {
    }

    public void forEachAssignment(Consumer<Assignment> sink) {
        query(() -> {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, story_id, noise FROM article ORDER BY seq")) {
                while (r.next()) {
                    long story = r.getLong(2);
                    if (r.wasNull()) story = -1;
                    sink.accept(new Assignment(r.getString(1), story, r.getString(3)));
                }
            }
            return null;
        });
    }

    /** Merges recorded, oldest first, as {from, into, atSeq}. */
    public List<Batch.Merge> merges() {
        return query(() -> {
            List<Batch.Merge> out = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT from_story, into_story, at_seq FROM story_merge ORDER BY at_seq, from_story")) {
                while (r.next()) out.add(new Batch.Merge(r.getLong(1), r.getLong(2), r.getLong(3)));
            }
            return out;
        });
    }

    private long stat(String name) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT amount FROM grouping_stat WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    private <T> T query(Sql<T> sql) {
        try {
            T out = sql.run();
            connection.commit();
            return out;
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("could not read the store " + location + ": " + firstLine(e), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction died with it
        }
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the store " + location + ": " + firstLine(e), e);
        }
    }
}

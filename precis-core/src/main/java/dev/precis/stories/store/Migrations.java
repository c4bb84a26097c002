package dev.precis.stories.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The schema, as numbered steps applied once each and recorded in {@code schema_version}. A new
 * column or table is a new step at the end; a step never changes once released. Plain SQL types
 * (BIGINT, VARCHAR, CLOB, DATE, TIMESTAMP, BOOLEAN) so a server database can hold the same schema.
 */
final class Migrations {
    record Step(int version, String description, List<String> sql) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "articles, stories, merges, document frequencies", List.of(
                    "CREATE TABLE article (seq BIGINT PRIMARY KEY, id VARCHAR(1000) NOT NULL, title VARCHAR(2000),"
                            + " outlet VARCHAR(500), url VARCHAR(2000), published DATE, added_at TIMESTAMP NOT NULL,"
                            + " raw_text CLOB NOT NULL, clean_text CLOB NOT NULL, story_id BIGINT, noise VARCHAR(1000),"
                            + " indexed BOOLEAN NOT NULL, terms CLOB NOT NULL, sketch VARCHAR(2000) NOT NULL)",
                    "CREATE UNIQUE INDEX article_id ON article (id)",
                    "CREATE INDEX article_story ON article (story_id)",
                    "CREATE TABLE story (id BIGINT PRIMARY KEY, first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL,"
                            + " article_count INT NOT NULL, first_date DATE, last_date DATE, updated_at TIMESTAMP NOT NULL,"
                            + " merged_into BIGINT)",
                    "CREATE TABLE story_merge (from_story BIGINT PRIMARY KEY, into_story BIGINT NOT NULL, at_seq BIGINT NOT NULL)",
                    "CREATE TABLE term_df (term VARCHAR(200) PRIMARY KEY, df INT NOT NULL)",
                    "CREATE TABLE grouping_stat (name VARCHAR(100) PRIMARY KEY, amount BIGINT NOT NULL)",
                    "INSERT INTO grouping_stat (name, amount) VALUES ('next_seq', 1)",
                    "INSERT INTO grouping_stat (name, amount) VALUES ('documents', 0)")),
            new Step(2, "document frequencies written as a snapshot: the document count they are as of", List.of(
                    "INSERT INTO grouping_stat (name, amount) SELECT 'frequencies_documents', amount FROM grouping_stat"
                            + " WHERE name = 'documents'")));

    private Migrations() {
    }

    /** Applies the steps the database lacks, each in its own transaction; returns the version now. */
    static int apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        c.commit();
        int current = current(c);
        int latest = STEPS.get(STEPS.size() - 1).version();
        if (current > latest) {
            throw new SQLException("the store has schema version " + current + ", newer than this Precis (" + latest + ")");
        }
        for (Step step : STEPS) {
            if (step.version() <= current) continue;
            try (Statement s = c.createStatement()) {
                for (String sql : step.sql()) s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, step.version());
                p.setString(2, step.description());
                p.setTimestamp(3, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            c.commit();
            current = step.version();
        }
        return current;
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }
}

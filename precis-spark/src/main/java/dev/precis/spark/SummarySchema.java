package dev.precis.spark;

import org.apache.spark.sql.types.StructType;

/** The summary JSON of docs/json-schema.md ({@code precis.summary/1}) as a Spark struct, field for field. */
public final class SummarySchema {
    private SummarySchema() {
    }

    private static final String CITATION = "STRUCT<article: STRING, `index`: INT, `start`: INT, `end`: INT>";

    public static final StructType SUMMARY = StructType.fromDDL(String.join(", ",
            "`schema` STRING",
            "id STRING",
            "algorithm STRING",
            "words INT",
            "sentences ARRAY<STRUCT<text: STRING, sources: ARRAY<" + CITATION + ">>>",
            "facts ARRAY<STRUCT<text: STRING, support: INT, sources: ARRAY<" + CITATION + ">>>",
            "disagreements ARRAY<STRUCT<subject: STRING, sides: ARRAY<STRUCT<value: STRING, wording: STRING, "
                    + "source: " + CITATION + ", sources: ARRAY<" + CITATION + ">>>>>",
            "quotes ARRAY<STRUCT<text: STRING, speaker: STRING, sources: ARRAY<" + CITATION + ">>>",
            "timeline ARRAY<STRUCT<`date`: STRING, `when`: STRING, text: STRING, source: " + CITATION + ">>",
            "articles ARRAY<STRUCT<`index`: INT, id: STRING, title: STRING, outlet: STRING, url: STRING, "
                    + "`date`: STRING, text: STRING>>"));
}

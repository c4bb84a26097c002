package dev.precis.spark.stories;

import dev.precis.clean.Cleaner;
import dev.precis.clean.rules.Rules;
import dev.precis.model.Article;
import dev.precis.stories.Profile;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The online grouper's {@link Profile} of each article, as a row: its terms with counts (lead,
 * title twice, names), its MinHash sketch for spotting copies, and the reason it is noise when it
 * has too little story text ({@link Profile#tooShort}).
 */
final class ArticleProfiles implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    static final StructType SCHEMA = new StructType()
            .add("pos", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("sketch", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("noise", DataTypes.StringType, true);

    /** @param articles rows of {@code pos, id, title, text} */
    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        Cleaner cleaner = Rules.cleaner();
        List<Row> out = new ArrayList<>();
        while (articles.hasNext()) out.add(profile(cleaner, articles.next()));
        return out.iterator();
    }

    private static Row profile(Cleaner cleaner, Row r) {
        long pos = r.getLong(0);
        String id = r.getString(1);
        String title = r.isNullAt(2) ? "" : r.getString(2);
        String text = r.isNullAt(3) ? "" : r.getString(3);
        Profile p = Profile.of(new Article(id, title, "", null, "", text), cleaner);
        // Spark's row encoder takes Java arrays (or Scala sequences) for array columns, not Java lists.
        return RowFactory.create(pos, id, p.terms(), p.counts(), p.sketch(), p.tooShort());
    }
}

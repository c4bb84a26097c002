package dev.precis.spark.stories;

import dev.precis.clean.Cleaner;
import dev.precis.clean.rules.Rules;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.segment.Tokens;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What grouping needs of one article: its stemmed terms with counts (title and cleaned text), a key
 * shared by its verbatim copies (the opening terms), and why it is noise when it has no story text.
 */
final class ArticleProfiles implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    static final StructType SCHEMA = new StructType()
            .add("pos", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("copyKey", DataTypes.StringType, false)
            .add("noise", DataTypes.StringType, true);

    private final int minTerms;
    private final int copyKeyTerms;

    ArticleProfiles(int minTerms, int copyKeyTerms) {
        this.minTerms = minTerms;
        this.copyKeyTerms = copyKeyTerms;
    }

    /** @param articles rows of {@code pos, id, title, text} */
    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        Cleaner cleaner = Rules.cleaner();
        List<Row> out = new ArrayList<>();
        while (articles.hasNext()) out.add(profile(cleaner, articles.next()));
        return out.iterator();
    }

    private Row profile(Cleaner cleaner, Row r) {
        long pos = r.getLong(0);
        String id = r.getString(1);
        String title = r.isNullAt(2) ? "" : r.getString(2);
        String text = r.isNullAt(3) ? "" : r.getString(3);
        CleanArticle clean = cleaner.clean(new Cluster(id, List.of(new Article(id, title, "", null, "", text)))).get(0);
        List<String> terms = Tokens.terms(title + "\n" + clean.text());
        Map<String, Integer> counts = new TreeMap<>();
        for (String t : terms) counts.merge(t, 1, Integer::sum);
        String noise = clean.isEmpty() ? "no story text: the cleaner removed every line"
                : counts.size() < minTerms ? "too little text: " + counts.size() + " distinct terms" : null;
        String copyKey = String.join(" ", terms.subList(0, Math.min(copyKeyTerms, terms.size())));
        // Spark's row encoder takes Java arrays (or Scala sequences) for array columns, not Java lists.
        int[] tf = counts.values().stream().mapToInt(Integer::intValue).toArray();
        return RowFactory.create(pos, id, counts.keySet().toArray(new String[0]), tf, copyKey, noise);
    }
}

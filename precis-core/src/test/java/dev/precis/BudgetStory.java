package dev.precis;

import dev.precis.model.Article;
import dev.precis.model.Cluster;

import java.util.ArrayList;
import java.util.List;

/** An invented two-article story (a city budget) to set a page of another kind beside, and raw clusters of texts. */
public final class BudgetStory {
    public static final String REPORT = "The mayor presented a city budget that cuts bus fares and raises spending on parks, officials said on Thursday. "
            + "The budget plan would lower the bus fare to one dollar and pay for twelve new parks across the city. "
            + "Council members said they would vote on the mayor's budget plan next month.";
    public static final String PREVIEW = "The city council will vote next month on the mayor's budget, which lowers bus fares and builds new parks. "
            + "The mayor told the council on Thursday that the budget plan pays for the cheaper bus fare with a hotel tax. "
            + "Opponents said the budget plan spends too much on parks.";

    private BudgetStory() {
    }

    /** A cluster of the texts as articles a1, a2, ... */
    public static Cluster cluster(String... texts) {
        List<Article> as = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) as.add(Article.of("a" + (i + 1), texts[i]));
        return new Cluster("c", as);
    }
}

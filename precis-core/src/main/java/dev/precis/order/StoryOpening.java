package dev.precis.order;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.select.Budget;
import dev.precis.select.Candidates;
import dev.precis.select.Introductions;
import dev.precis.select.Leaning;
import dev.precis.select.Leanings;

import java.util.List;

/**
 * A summary needs a sentence that can open it. {@link ReadingOrder} puts a chosen article lead
 * first when the summary would otherwise start mid-story (a quotation, a person named bare, "The
 * team found ..."), but when selection chose no such lead the summary still opens mid-story. Then
 * the cluster's best lead that stands alone and needs nothing told before it is the one to bring
 * in: a news article's lead is written to open the story the rest of the summary tells.
 */
public final class StoryOpening {
    private StoryOpening() {
    }

    /**
     * The id of the best-scored article lead that could open the summary, when {@code chosen}, read
     * in {@link SourceOrderer}'s order, opens mid-story and no chosen lead can open it instead; -1
     * when the summary opens well or the cluster has no such lead that fits the budget.
     */
    public static int missingLead(ClusterAnalysis analysis, List<Sentence> chosen, double[] scores, Budget budget) {
        if (chosen.isEmpty()) return -1;
        ClusterText text = analysis.text();
        Leanings leanings = analysis.get(Leanings.OF_CLUSTER);
        Introductions intro = analysis.get(Introductions.OF_CLUSTER);
        List<Sentence> ordered = new SourceOrderer().order(analysis, chosen);
        if (!ReadingOrder.opensMidStory(text, leanings, intro, ordered)) return -1;
        int best = -1;
        for (int a = 0; a < text.articles().size(); a++) {
            for (Sentence s : text.sentencesOf(a)) {
                if (s.position() > ReadingOrder.LEAD) break;
                if (!Candidates.eligible(s) || budget.cost(s) > budget.limit() || leanings.on(s) != Leaning.ALONE
                        || !ReadingOrder.opensStory(intro, List.of(s))) continue;
                if (best < 0 || scores[s.id()] > scores[best]) best = s.id();
            }
        }
        return best;
    }
}

package dev.precis;

import dev.precis.model.CleanArticle;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.topic.OffTopic;

import java.util.ArrayList;
import java.util.List;

/**
 * The cluster without its off-topic articles: they stay in the article list, marked with the
 * reason, but give no sentence to the summary or the evidence.
 */
final class OnTopic {
    private OnTopic() {
    }

    static ClusterText keep(ClusterText text) {
        String[] why = OffTopic.judge(text);
        boolean any = false;
        for (String w : why) any |= w != null;
        if (!any) return text;
        List<CleanArticle> articles = new ArrayList<>(text.articles().size());
        for (int a = 0; a < why.length; a++) {
            CleanArticle c = text.articles().get(a);
            articles.add(why[a] == null ? c : c.markedOffTopic(why[a]));
        }
        List<Sentence> kept = new ArrayList<>(text.size());
        for (Sentence s : text.sentences()) {
            if (why[s.article()] != null) continue;
            kept.add(s.withId(kept.size()));
        }
        return new ClusterText(text.cluster(), articles, kept);
    }
}

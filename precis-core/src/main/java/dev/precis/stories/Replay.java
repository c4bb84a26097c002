package dev.precis.stories;

import dev.precis.clean.rules.Rules;

import dev.precis.clean.Cleaner;
import dev.precis.clean.RuleCleaner;
import dev.precis.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grouping of a stream without a store, for tuning: profiles are made once and the grouper is
 * run over them with as many settings as wanted. Makes the same decisions as {@link Stories#add},
 * which adds only the writing.
 */
public final class Replay {
    private final List<Article> articles;
    private final List<Profile> profiles;

    public Replay(List<Article> articles) {
        Cleaner cleaner = Rules.cleaner();
        this.articles = List.copyOf(articles);
        this.profiles = new ArrayList<>(articles.size());
        for (Article a : articles) profiles.add(Profile.of(a, cleaner));
    }

    /** One label per article in stream order: its final story id, or null when it was kept unassigned. */
    public List<String> labels(GroupingParams params) {
        Grouper grouper = new Grouper(params);
        long[] story = new long[articles.size()];
        Map<Long, Long> mergedInto = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Decision d = grouper.add(i + 1, a.id(), profiles.get(i), a.date());
            story[i] = d.story();
            for (long from : d.merged()) mergedInto.put(from, d.story());
            if (d.unassigned() >= 0) story[(int) d.unassigned() - 1] = -1;
        }
        List<String> out = new ArrayList<>(story.length);
        for (long s : story) {
            if (s < 0) {
                out.add(null);
                continue;
            }
            while (mergedInto.containsKey(s)) s = mergedInto.get(s);
            out.add(Long.toString(s));
        }
        return out;
    }
}

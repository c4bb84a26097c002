package dev.precis;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test-only stand-in for the segmenter: splits invented articles into sentences on ". ", "? " and
 * "! ", words on white space (punctuation stripped), terms = lower-cased words minus a few stop
 * words (no stemming).
 */
public final class TestClusters {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "and", "or", "to", "is", "are",
            "was", "were", "it", "its", "for", "by", "at", "as", "with", "that", "this", "from", "be", "has", "have",
            "had", "he", "she", "they", "said", "says", "will", "would", "not", "but");

    private TestClusters() {
    }

    public static ClusterText cluster(String... articles) {
        LocalDate[] dates = new LocalDate[articles.length];
        return cluster(dates, articles);
    }

    public static ClusterText cluster(LocalDate[] dates, String... articles) {
        List<Article> sources = new ArrayList<>();
        List<CleanArticle> clean = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int a = 0; a < articles.length; a++) {
            String body = articles[a];
            Article source = new Article("d" + (a + 1), "", "", dates[a], "", body);
            sources.add(source);
            clean.add(new CleanArticle(a, source, body, List.of()));
            int start = 0, position = 0;
            while (start < body.length()) {
                int end = nextEnd(body, start);
                String text = body.substring(start, end).strip();
                int lead = body.indexOf(text, start);
                if (!text.isEmpty()) {
                    sentences.add(sentence(sentences.size(), a, position++, lead, lead + text.length(), text));
                }
                start = end;
                while (start < body.length() && body.charAt(start) == ' ') start++;
            }
        }
        return new ClusterText(new Cluster("test", sources), clean, sentences);
    }

    /** A cluster of one sentence per string, all in one article. */
    public static ClusterText sentences(String... texts) {
        return cluster(String.join(" ", texts));
    }

    private static int nextEnd(String body, int from) {
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == body.length() || body.charAt(i + 1) == ' ')) {
                int end = i + 1;
                return end;
            }
            if ((c == '"' || c == '\u201D') && i > from && i + 1 < body.length() && body.charAt(i + 1) == ' ') {
                char prev = body.charAt(i - 1);
                if (prev == '.' || prev == '?' || prev == '!') return i + 1;
            }
        }
        return body.length();
    }

    public static Sentence sentence(int id, int article, int position, int start, int end, String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.split("\\s+")) {
            String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!w.isEmpty()) words.add(w);
        }
        List<String> lower = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            String t = w.toLowerCase(Locale.ROOT);
            lower.add(t);
            if (!STOP.contains(t)) terms.add(t);
        }
        return new Sentence(id, article, position, start, end, text, words, lower, terms);
    }

    /** Invented coverage of one story by four outlets; three carry the residents sentence. */
    public static ClusterText aleppo() {
        return cluster(
                "Syrian government forces and rebels agreed to a ceasefire in Aleppo on Tuesday after weeks of heavy fighting. "
                        + "The estimated 250,000 residents of east Aleppo have been trapped under siege for months with little food. "
                        + "Russia said the truce would allow civilians and fighters to leave the city through agreed corridors. "
                        + "Aid agencies warned that hospitals in the east had been destroyed by air strikes. "
                        + "The United Nations called for observers to monitor the evacuation.",
                "A truce in the Syrian city of Aleppo began on Tuesday evening, according to Russian officials. "
                        + "An estimated 250,000 residents of east Aleppo have been trapped under a siege for months with little food or medicine. "
                        + "Green buses were waiting at the edge of the rebel enclave to carry people out. "
                        + "Turkey helped broker the deal with Russia, officials in Ankara said.",
                "Thousands of civilians prepared to leave eastern Aleppo as the ceasefire took hold. "
                        + "The estimated 250,000 residents of east Aleppo had been trapped under siege for many months. "
                        + "Rebel commanders accused government militias of firing on the convoys. "
                        + "Is this the end of the battle for Aleppo? "
                        + "\"We have nothing left here.\" "
                        + "Monitors reported sporadic shelling in several districts overnight.",
                "The evacuation of fighters and their families from Aleppo was delayed on Wednesday. "
                        + "Iran was reported to have demanded that wounded people from two besieged villages be evacuated too. "
                        + "The United Nations said hundreds of people had been killed in the final weeks of the offensive. "
                        + "Short fragment here. "
                        + "Aid workers said the cold weather made conditions in the city worse for children.");
    }

    public static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }

    public static int cost(List<Sentence> sentences, dev.precis.select.Budget budget) {
        return sentences.stream().mapToInt(budget::cost).sum();
    }

}

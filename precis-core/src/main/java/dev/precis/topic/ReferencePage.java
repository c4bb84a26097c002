package dev.precis.topic;

import dev.precis.lexicon.Lexicon;
import dev.precis.model.Sentence;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An evergreen reference page on the story's subject (an explainer: "What is a carcinogen?", "How
 * do researchers determine ..."): headings that ask the reader's questions, no one reported as
 * saying anything, no day on which anything happened. It is close to the story by its vocabulary,
 * so distance does not set it apart, but it tells no news: its sentences introduce the page ("this
 * document provides lists of ...") rather than the event.
 */
final class ReferencePage {
    static final String REASON = "a reference page with no news event";
    /** Question headings that make a page an explainer (one can be a story's rhetorical line). */
    static final int MIN_QUESTION_HEADINGS = 2;
    /** An explainer is long; a short page of questions is a quiz or a poll, judged elsewhere. */
    static final int MIN_SENTENCES = 10;
    /** Sentences with a report ("said", "according to") a page may hold and still tell no news. */
    static final int MAX_REPORTS = 1;

    /** A line that is one short question in the reader's words. */
    private static final Pattern QUESTION_HEADING = Pattern.compile(
            "^(?:What|How|Why|Who|When|Where|Which|Is|Are|Can|Do|Does|Should)\\b[^\\n?.!]{3,90}\\?$");
    private static final int MAX_HEADING_WORDS = 12;
    private static final Pattern REPORT = Pattern.compile("(?i)\\b(?:said|says|told|tells|according to|announced|reported)\\b");
    private static final Pattern DAY = Pattern.compile("(?i)\\b(?:" + Lexicon.alternation(Lexicon.WEEKDAYS)
            + "|yesterday|today|tonight|last (?:week|month))\\b");

    private ReferencePage() {
    }

    /** Why the article is a reference page, or null. */
    static String why(List<Sentence> sentences, String article) {
        if (sentences.size() < MIN_SENTENCES) return null;
        int questions = 0;
        for (String line : article.split("\n")) {
            String l = line.strip();
            if (QUESTION_HEADING.matcher(l).matches() && l.split("\\s+").length <= MAX_HEADING_WORDS) questions++;
        }
        if (questions < MIN_QUESTION_HEADINGS) return null;
        int reports = 0;
        for (Sentence s : sentences) {
            String t = s.text();
            if (DAY.matcher(t).find()) return null;
            if (REPORT.matcher(t).find() && ++reports > MAX_REPORTS) return null;
        }
        return REASON + ": " + questions + " question headings, " + sentences.size() + " sentences, "
                + reports + " report" + (reports == 1 ? "" : "s") + ", no day named";
    }

}

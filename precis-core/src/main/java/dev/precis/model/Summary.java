package dev.precis.model;

import java.util.List;

/**
 * The result for one cluster: the chosen sentences in reading order, the cleaned articles they cite,
 * and the cross-source evidence (empty when evidence is turned off).
 */
public record Summary(String clusterId, String algorithm, List<SummarySentence> sentences,
                      List<CleanArticle> articles, Evidence evidence) {
    public Summary {
        sentences = List.copyOf(sentences);
        articles = List.copyOf(articles);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** Words as {@code text.trim().split("\\s+")} counts them, without compiling the pattern per sentence. */
    public int wordCount() {
        int n = 0;
        for (SummarySentence s : sentences) n += words(s.text().trim());
        return n;
    }

    private static int words(String trimmed) {
        int n = 1;
        boolean inSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            boolean space = isRegexSpace(trimmed.charAt(i));
            if (space && !inSpace) n++;
            inSpace = space;
        }
        return n;
    }

    /** The characters of the regex class {@code \s} (ASCII white space only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

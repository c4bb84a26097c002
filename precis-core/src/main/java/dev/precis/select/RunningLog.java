package dev.precis.select;

import dev.precis.model.ClusterText;

import java.util.regex.Pattern;

/**
 * A live blog or a diary: entries that open with a clock time ("7.24 pm. ...", "9:20 am: ..."),
 * written by someone reacting in the first person as things happen. Its lines are running
 * commentary that leans on the moment it was written in ("After small businesses, a proposal for
 * veterans.", a speech's line pasted between two stamps): about the story, so it stays in the
 * cluster's vocabulary and evidence, but no sentence of it is a candidate while another article
 * gives one. (Marked off topic instead, it left the scoring too: on val-raw the selection around it
 * moved and lost the columns' quoted lines, ROUGE-1 -0.0007.) A log of news entries (an agency's
 * timeline) has no first-person writer and is not one.
 */
final class RunningLog {
    /** Lines opening with a time stamp that make a page a log rather than a story with a timed event. */
    static final int MIN_STAMPED_LINES = 3;
    /** Stamped entries in which the writer says "I"/"my": the log is the writer's own reaction. */
    static final int MIN_FIRST_PERSON_ENTRIES = 2;

    /** A clock time with its half of the day or its zone, then the entry: "7.24 pm." or "10:05 a.m. -". */
    private static final Pattern STAMP = Pattern.compile(
            "^\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?|GMT|BST|CET|[ECMP][SD]?T)(?![\\p{L}\\d])[.:,–—-]?\\s+\\S");
    /** The writer's own first person outside quotation marks. */
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|My)\\b");

    private RunningLog() {
    }

    /**
     * Per article, whether its sentences are left out of the candidates: the first-person logs,
     * unless every article with sentences is one (a live blog alone is still summarised).
     */
    static boolean[] leftOut(ClusterText text) {
        int n = text.articles().size();
        boolean[] log = new boolean[n];
        boolean any = false, story = false;
        for (int a = 0; a < n; a++) {
            if (text.sentencesOf(a).isEmpty()) continue;
            log[a] = is(text.articles().get(a).text());
            any |= log[a];
            story |= !log[a];
        }
        return any && story ? log : new boolean[n];
    }

    /** Whether the article is a first-person running log. */
    static boolean is(String article) {
        int stamped = 0, firstPerson = 0;
        for (int from = 0; from < article.length(); ) {
            int end = article.indexOf('\n', from);
            if (end < 0) end = article.length();
            int start = from;
            while (start < end && Character.isWhitespace(article.charAt(start))) start++;
            // Only a line that opens with a digit can open with a clock time: the rest skip the pattern.
            if (start < end && Character.isDigit(article.charAt(start))) {
                String l = article.substring(start, end).strip();
                if (STAMP.matcher(l).lookingAt()) {
                    stamped++;
                    if (FIRST_PERSON.matcher(unquoted(l)).find()) firstPerson++;
                }
            }
            from = end + 1;
        }
        return stamped >= MIN_STAMPED_LINES && firstPerson >= MIN_FIRST_PERSON_ENTRIES;
    }

    /** The line with its double-quoted parts blanked: a quoted "I" is someone else's. */
    private static String unquoted(String l) {
        return QUOTED.matcher(l).replaceAll(" ");
    }
}

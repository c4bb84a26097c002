package dev.precis.evidence.quantities;

import dev.precis.lexicon.Lexicon;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a sentence reports on, as far as comparing two counts needs it: a count on Friday and a
 * count on Saturday are two facts. Only the weekday's name is compared, not a resolved date.
 */
final class SentenceDays {
    /** A sentence this short leans on the one before it for when it happened. */
    static final int SHORT_SENTENCE = 8;

    private static final Pattern DAY = Pattern.compile(
            "\\b(?:" + Lexicon.alternation(Lexicon.capitalised(Lexicon.WEEKDAYS)) + "|yesterday|today)\\b");

    private SentenceDays() {
    }

    /**
     * The weekday (or "today", "yesterday") a sentence names; a sentence of at most {@value #SHORT_SENTENCE}
     * words that names none ("At least three people were killed.") is about the day of the sentence
     * before it in its article. Empty when none is named.
     */
    static String day(Sentence s, ClusterText text) {
        String own = dayNamed(s.text());
        if (!own.isEmpty()) return own;
        if (s.position() == 0 || s.wordCount() > SHORT_SENTENCE) return "";
        Sentence before = text.sentences().get(s.id() - 1);
        if (before.article() != s.article()) return "";
        return dayNamed(before.text());
    }

    /** The first day {@link #DAY} finds in {@code t}, lower-cased; empty when none (every one ends in "day"). */
    private static String dayNamed(String t) {
        if (!t.contains("day")) return "";
        Matcher d = DAY.matcher(t);
        return d.find() ? d.group().toLowerCase(Locale.ROOT) : "";
    }
}

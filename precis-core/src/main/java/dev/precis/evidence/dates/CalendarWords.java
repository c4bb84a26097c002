package dev.precis.evidence.dates;

import dev.precis.lexicon.Lexicon;

import java.util.Locale;

/** The month and weekday names the date patterns are built from, and a month's number from its name. */
final class CalendarWords {
    /** Month names and their abbreviations ("Sept.", "Aug"), capitalised, as a regex alternation. */
    static final String MONTHS = Lexicon.alternation(Lexicon.capitalised(Lexicon.MONTHS)) + "|"
            + String.join("|", Lexicon.capitalised(Lexicon.MONTH_ABBREVIATIONS).stream().map(m -> m + "\\.?").toList());
    /** Weekday names, capitalised, as a regex alternation. */
    static final String WEEKDAYS = Lexicon.alternation(Lexicon.capitalised(Lexicon.WEEKDAYS));

    private CalendarWords() {
    }

    /** 1 to 12 for a month's name or abbreviation (any case); 0 for anything else. */
    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("jan")) return 1;
        if (n.startsWith("feb")) return 2;
        if (n.startsWith("mar")) return 3;
        if (n.startsWith("apr")) return 4;
        if (n.startsWith("may")) return 5;
        if (n.startsWith("jun")) return 6;
        if (n.startsWith("jul")) return 7;
        if (n.startsWith("aug")) return 8;
        if (n.startsWith("sep")) return 9;
        if (n.startsWith("oct")) return 10;
        if (n.startsWith("nov")) return 11;
        if (n.startsWith("dec")) return 12;
        return 0;
    }
}

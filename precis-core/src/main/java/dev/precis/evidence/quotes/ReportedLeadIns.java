package dev.precis.evidence.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the writer's words before a quote end on someone's own verb of saying: "the officer noticed her eyes were red as
 * she repeated “", "she admitted that she “", "the tipster told the dispatcher he “". Such a quote gives that someone's
 * words, woven into a sentence that a body or a group may report as a whole ("“..., ” police said"): the group after
 * the quote is the reporter of the sentence, not the speaker of the quoted words.
 */
final class ReportedLeadIns {
    /** A verb of saying, then at most four words of its clause (whom it was said to, "that she") up to the quote. */
    private static final Pattern LEAD_IN = Pattern.compile("(?<subject>[\\p{L}'’-]+)\\s+(?:\\p{Ll}+ly\\s+)?(?:" + WovenQuotes.WRITERS_VERBS + "|repeated|repeats|repeating)"
            + "(?:\\s+[^\\s,;:\"“”.!?()]+){0,4}\\s*$", Pattern.CASE_INSENSITIVE);

    private ReportedLeadIns() {
    }

    /**
     * Whether {@code head}, the writer's words before a quote in its sentence, ends on such a lead-in; not when a group
     * says the words ("glendale police say “...,” police say on twitter": the group's own words, twice credited).
     */
    static boolean endsOnOneOwn(String head) {
        Matcher m = LEAD_IN.matcher(head);
        return m.find() && !GroupSpeakers.isGroup(m.group("subject"));
    }
}

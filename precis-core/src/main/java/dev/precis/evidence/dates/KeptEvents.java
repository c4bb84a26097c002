package dev.precis.evidence.dates;

import dev.precis.model.Sentence;
import dev.precis.model.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline's events kept so far, each with its sentence, and what finds the ones that may
 * report a new event again: the same sentence text, the same date or the same wording of when. A
 * big cluster keeps thousands of events, and weighing each new one against all of them was a
 * fifth of the timeline's time. An index lists every event that ever had the key, so a candidate
 * is still tested in full ({@link Timeline}'s duplicate test).
 */
final class KeptEvents {
    final List<TimelineEvent> events = new ArrayList<>();
    final List<Integer> sentenceOf = new ArrayList<>();
    private final Map<String, List<Integer>> byText = new HashMap<>();
    private final Map<LocalDate, List<Integer>> byDate = new HashMap<>();
    private final Map<String, List<Integer>> byWhen = new HashMap<>();

    int size() {
        return events.size();
    }

    void add(TimelineEvent e, Sentence s) {
        events.add(e);
        sentenceOf.add(s.id());
        index(events.size() - 1, e, s);
    }

    void replace(int i, TimelineEvent e, Sentence s) {
        events.set(i, e);
        sentenceOf.set(i, s.id());
        index(i, e, s);
    }

    private void index(int i, TimelineEvent e, Sentence s) {
        byText.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(i);
        if (e.date() != null) byDate.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(i);
        byWhen.computeIfAbsent(caseless(e.when()), k -> new ArrayList<>()).add(i);
    }

    /**
     * In increasing order, every kept event that may be a duplicate of {@code e} in sentence {@code s}:
     * one whose sentence reads the same, one of the same date, and one whose when reads the same but
     * for case.
     */
    int[] candidates(TimelineEvent e, Sentence s) {
        List<Integer> text = byText.get(s.text());
        List<Integer> date = e.date() == null ? null : byDate.get(e.date());
        List<Integer> when = byWhen.get(caseless(e.when()));
        int[] out = new int[size(text) + size(date) + size(when)];
        int n = 0;
        for (List<Integer> l : Arrays.asList(text, date, when)) {
            if (l != null) for (int i : l) out[n++] = i;
        }
        Arrays.sort(out);
        return out;
    }

    private static int size(List<Integer> l) {
        return l == null ? 0 : l.size();
    }

    /** Equal for two strings exactly when {@link String#equalsIgnoreCase} holds of them. */
    private static String caseless(String s) {
        char[] c = s.toCharArray();
        for (int k = 0; k < c.length; k++) c[k] = Character.toLowerCase(Character.toUpperCase(c[k]));
        return new String(c);
    }
}

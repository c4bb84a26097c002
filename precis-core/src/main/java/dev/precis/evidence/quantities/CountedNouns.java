package dev.precis.evidence.quantities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number counts: the noun after it ("18 aid trucks" → {@code truck}), reduced to a class —
 * {@code deaths}, {@code people}, a unit such as {@code truck} or {@code strike} — or a duration,
 * which is not a quantity here.
 */
public final class CountedNouns {
    private static final Pattern WORD = Pattern.compile("\\G\\s*-?\\s*(?<w>[\\p{L}][\\p{L}'’]*)(?:-[\\p{L}]+)*");
    private static final Map<String, String> UNITS = new HashMap<>();
    /**
     * Lengths in metres, so that "the 8,027-meter mountain" and "the 26,291-foot peak" compare; the
     * singular is the adjective form ("a 30-foot wall"). "m" and "ft" are left out: "2m" is as often
     * millions as metres.
     */
    private static final Map<String, Double> METRES_PER = Map.ofEntries(
            Map.entry("mile", 1609.344), Map.entry("miles", 1609.344),
            Map.entry("kilometer", 1000.0), Map.entry("kilometers", 1000.0), Map.entry("kilometre", 1000.0),
            Map.entry("kilometres", 1000.0), Map.entry("km", 1000.0),
            Map.entry("meter", 1.0), Map.entry("meters", 1.0), Map.entry("metre", 1.0), Map.entry("metres", 1.0),
            Map.entry("foot", 0.3048), Map.entry("feet", 0.3048), Map.entry("yard", 0.9144), Map.entry("yards", 0.9144));
    /**
     * Weights in kilograms, so that "weighs 17 pounds" and "the 18.6-pound Horizon" compare. News gives
     * a sum in pounds with "£" or a scale ("896 million pounds"), so only those "pounds" are money.
     */
    private static final Map<String, Double> KILOGRAMS_PER = Map.ofEntries(
            Map.entry("pound", 0.45359237), Map.entry("pounds", 0.45359237), Map.entry("lb", 0.45359237),
            Map.entry("lbs", 0.45359237), Map.entry("kilogram", 1.0), Map.entry("kilograms", 1.0),
            Map.entry("kilogramme", 1.0), Map.entry("kilogrammes", 1.0), Map.entry("kg", 1.0));
    /** A scale right before the unit: "896 million pounds" is a sum. */
    private static final Pattern SCALE_BEFORE = Pattern.compile("(?:million|billion|thousand|trillion)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PERSONS = Set.of(
            "people", "persons", "person", "civilians", "civilian", "residents", "children", "women", "men", "adults",
            "soldiers", "troops", "fighters", "rebels", "militants", "insurgents", "police", "officers", "policemen",
            "victims", "patients", "refugees", "migrants", "students", "workers", "employees", "staff", "passengers",
            "members", "individuals", "inhabitants", "protesters", "demonstrators", "prisoners", "detainees",
            "hostages", "journalists", "doctors", "nurses", "drivers", "volunteers", "firefighters", "americans",
            "citizens", "villagers", "pilgrims",
            "miners", "sailors", "crew", "tourists", "families", "babies", "infants", "teenagers",
            "boys", "girls", "guards", "personnel", "casualties");
    private static final Set<String> DEATH_NOUNS = Set.of("lives", "deaths", "dead", "fatalities", "bodies");
    private static final Set<String> DURATIONS = Set.of(
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "decade", "decades", "century", "centuries", "night", "nights", "old",
            "time", "times", "am", "pm", "a.m", "p.m", "gmt", "o'clock");
    private static final Set<String> MODIFIERS = Set.of(
            "aid", "air", "government", "civilian", "more", "other", "new", "additional", "small", "large", "armed",
            "foreign", "local", "international", "military", "medical", "injured", "wounded", "innocent", "young",
            "elderly", "unarmed", "suspected", "alleged", "further", "separate", "different", "humanitarian",
            "relief", "food", "rebel", "pro-government", "opposition", "security", "million", "billion", "us",
            "u.s.", "american", "russian", "syrian", "british", "fresh", "heavy", "deadly", "fatal", "reported",
            "confirmed", "total", "estimated", "of");
    private static final Set<String> STOPS = Set.of(
            "were", "was", "are", "is", "have", "has", "had", "be", "been", "in", "on", "at", "to", "from", "for",
            "and", "or", "but", "with", "by", "as", "that", "which", "who", "the", "a", "an", "its", "their", "his",
            "her", "killed", "died", "including", "since", "after", "before", "during", "into", "while");

    static {
        for (String s : List.of("trucks", "truck", "lorries", "convoys")) UNITS.put(s, "truck");
        // "a 30-car pileup" and "a 25-vehicle pileup" count the same things
        for (String s : List.of("vehicles", "vehicle", "cars", "car")) UNITS.put(s, "vehicle");
        for (String s : List.of("strikes", "airstrikes", "raids", "attacks", "bombings", "sorties", "bombs", "missiles", "rockets", "shells", "explosions", "blasts"))
            UNITS.put(s, "strike");
        for (String s : List.of("homes", "houses", "buildings", "hospitals", "schools")) UNITS.put(s, "building");
        for (String s : List.of("votes", "ballots")) UNITS.put(s, "vote");
        for (String s : List.of("cases", "infections")) UNITS.put(s, "case");
        for (String s : List.of("arrests", "arrested")) UNITS.put(s, "arrest");
        for (String s : List.of("countries", "nations", "states")) UNITS.put(s, "country");
        for (String s : List.of("dollars", "euros", "pounds")) UNITS.put(s, "money"); // "pounds" only after a scale
        for (String s : List.of("tons", "tonnes")) UNITS.put(s, "ton");
        for (String s : METRES_PER.keySet()) UNITS.put(s, "distance");
    }

    private CountedNouns() {
    }

    /**
     * The base units in one of {@code noun}: metres in one of a length unit ("miles"), kilograms in one
     * of a weight unit ("pounds"); 1 for any other noun.
     */
    static double basePer(String noun) {
        Double metres = METRES_PER.get(noun);
        if (metres != null) return metres;
        return KILOGRAMS_PER.getOrDefault(noun, 1.0);
    }

    /** "length" for a length unit ("miles"), "weight" for a weight unit ("pounds"), null for any other noun. */
    static String measureOf(String noun) {
        if (METRES_PER.containsKey(noun)) return "length";
        return KILOGRAMS_PER.containsKey(noun) ? "weight" : null;
    }

    /** A weight unit right after the number that ends at {@code from}, "pounds" after a scale word aside. */
    private static boolean weighed(String word, String t, int from) {
        if (!KILOGRAMS_PER.containsKey(word)) return false;
        return !word.startsWith("pound") || !SCALE_BEFORE.matcher(t.substring(Math.max(0, from - 12), from)).find();
    }

    record Head(String unit, String noun, boolean known, boolean duration, int end) {
    }

    /** The counted noun after a number: up to four words, skipping modifiers ("18 aid trucks"). */
    static Head head(String t, int from) {
        Matcher w = WORD.matcher(t);
        int pos = from;
        for (int k = 0; k < 4; k++) {
            w.region(pos, t.length());
            if (!w.lookingAt()) return null;
            String word = w.group("w").toLowerCase(Locale.ROOT);
            String full = t.substring(w.start("w"), w.end()).toLowerCase(Locale.ROOT);
            int end = w.end();
            if (k == 0 && full.contains("-")) word = full.substring(full.lastIndexOf('-') + 1); // "23-nation", "five-year"
            if (DURATIONS.contains(word)) return new Head("", word, false, true, end);
            if (DEATH_NOUNS.contains(word)) return new Head("deaths", word, true, false, end);
            boolean nationality = capital(t, w) && (word.endsWith("ans") || word.endsWith("is") || word.endsWith("ese"));
            if (nationality && k < 3) { // "153 Chinese passengers": the nationality qualifies the next noun
                w.region(end, t.length());
                if (w.lookingAt() && !Character.isUpperCase(t.charAt(w.start("w")))
                        && PERSONS.contains(w.group("w").toLowerCase(Locale.ROOT))) {
                    pos = end;
                    continue;
                }
                w.region(pos, t.length());
                w.lookingAt();
            }
            if (PERSONS.contains(word) || nationality) {
                return new Head("people", nationality ? "" : word, true, false, end); // "18 Syrians": broad
            }
            if (k == 0 && weighed(word, t, from)) return new Head("weight", word, true, false, end);
            String unit = UNITS.get(word);
            if (unit != null) return new Head(unit, word, true, false, end);
            if (STOPS.contains(word)) return null;
            boolean capital = Character.isUpperCase(t.charAt(w.start("w")));
            if (MODIFIERS.contains(word) || (capital && k == 0 && word.endsWith("n"))) { // "Syrian", "Russian"
                pos = end;
                continue;
            }
            if (capital) return null; // "in Aleppo", a name: not a counted noun
            if (k < 3 && pluralNounNext(t, end)) { // "3,000 construction jobs", "2,000 rescue workers"
                pos = end;
                continue;
            }
            String stem = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                    : word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
            return new Head(stem, stem, false, false, end);
        }
        return null;
    }

    /** The next word is a lower-case plural noun or a known counted noun: the word before only qualifies it. */
    private static boolean pluralNounNext(String t, int from) {
        Matcher w = WORD.matcher(t);
        w.region(from, t.length());
        if (!w.lookingAt() || Character.isUpperCase(t.charAt(w.start("w")))) return false;
        String next = w.group("w").toLowerCase(Locale.ROOT);
        if (PERSONS.contains(next) || UNITS.containsKey(next)) return true;
        return next.length() > 3 && next.endsWith("s") && !next.endsWith("ss") && !next.endsWith("us")
                && !STOPS.contains(next) && !DURATIONS.contains(next) && !next.endsWith("ous");
    }

    private static boolean capital(String t, Matcher w) {
        return Character.isUpperCase(t.charAt(w.start("w")));
    }
}

package dev.precis.eval.evidence;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How the scorer compares a reported speaker with a labelled one, and what it counts as debris. */
final class Speakers {
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}\\p{Lu}");
    private static final Pattern ABBREVIATION_ONLY = Pattern.compile("(\\p{L}\\.)+\\p{L}?\\.?");

    private Speakers() {
    }

    /** Every word of the reported speaker is a word of the labelled one, and so is its last word. */
    static boolean same(String reported, String labelled) {
        if (reported == null || labelled == null) return reported == null && labelled == null;
        List<String> r = words(reported);
        Set<String> l = new HashSet<>(words(labelled));
        return !r.isEmpty() && l.containsAll(r);
    }

    /**
     * Link-widget or dateline debris: a capitalised word repeated, a word glued to the start of another
     * word of the name ("Jane Roe Jane Ann RoeAppeals"), or a bare abbreviation ("N.C").
     */
    static boolean debris(String speaker) {
        if (speaker == null) return false;
        List<String> names = Arrays.stream(speaker.split("\\s+")).filter(t -> !t.isEmpty() && Character.isUpperCase(t.charAt(0))).toList();
        if (new HashSet<>(names).size() < names.size()) return true;
        for (String token : names) {
            var m = GLUED.matcher(token);
            if (m.find() && names.contains(token.substring(0, m.start() + 1))) return true;
        }
        return ABBREVIATION_ONLY.matcher(speaker.trim()).matches();
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")).filter(t -> !t.isEmpty()).toList();
    }
}

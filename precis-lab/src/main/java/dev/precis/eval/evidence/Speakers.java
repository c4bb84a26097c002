package dev.precis.eval.evidence;

import dev.precis.lexicon.Lexicon;

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
     * {@link #same} against the labelled speaker or one of its other forms: {@code aliases} are the forms two blind
     * readings gave the same speaker ("Joe Serna" for "Joseph Serna", "the friend" for "a close friend"), kept on
     * labels that were read twice and adjudicated (labels/evidence/README.md, round double20).
     */
    static boolean same(String reported, String labelled, Iterable<String> aliases) {
        if (same(reported, labelled)) return true;
        if (reported == null) return false;
        for (String alias : aliases) if (same(reported, alias)) return true;
        return false;
    }

    /**
     * A speaker no reader would accept as a name or a description: link-widget or dateline debris (a
     * capitalised word repeated, a word glued to the start of another word of the name, "Jane Roe Jane Ann
     * RoeAppeals", or a bare abbreviation, "N.C"), or a piece of the writer's sentence ({@link #sentencePiece}).
     */
    static boolean debris(String speaker) {
        if (speaker == null) return false;
        if (sentencePiece(speaker) || titleRun(speaker)) return true;
        List<String> names = Arrays.stream(speaker.split("\\s+")).filter(t -> !t.isEmpty() && Character.isUpperCase(t.charAt(0))).toList();
        if (new HashSet<>(names).size() < names.size()) return true;
        for (String token : names) {
            var m = GLUED.matcher(token);
            if (m.find() && names.contains(token.substring(0, m.start() + 1))) return true;
        }
        return ABBREVIATION_ONLY.matcher(speaker.trim()).matches();
    }

    /** A sentence's end inside the speaker: a word of three or more lower-case letters that is no title's abbreviation ("rev."), its mark, a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\b(\\p{Ll}{3,})[.!?]\\s+\\p{Lu}");

    /**
     * A piece of the writer's sentence taken for a speaker: it runs over a sentence's end ("a report shows.
     * Zimmerman"), or it is a lower-case phrase of two words or more (a description: "the", "a", "one" ...)
     * whose last word is a function word ({@link Lexicon#FUNCTION_WORDS}: "the statement goes on to", "a margin
     * of error they", "the patient was", "the court papers do not") or a lone letter an abbreviation's period
     * left ("a former u" of "a former U.S. official"). A description ending on an object pronoun ("one of
     * them") stands.
     */
    static boolean sentencePiece(String speaker) {
        String s = speaker.strip();
        if (s.isEmpty()) return false;
        var end = SENTENCE_END.matcher(s);
        while (end.find()) if (!Lexicon.PERSON_TITLES.contains(end.group(1) + ".")) return true;
        if (!Character.isLowerCase(s.charAt(0))) return false;
        String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length < 2) return false;
        String last = w[w.length - 1];
        return Lexicon.FUNCTION_WORDS.contains(last) || last.length() == 1 && Character.isLetter(last.charAt(0));
    }

    /** "We're", "Can’t": a contraction, which no name is ("O’Neal" is a name: one letter before the apostrophe). */
    private static final Pattern CONTRACTION = Pattern.compile("(?i)\\p{L}+(?:['’](?:re|ve|ll|m)|n['’]t)");
    /** Closed-class words a capitalised run holds only when it is a headline's or a sentence's words, not a name. */
    private static final Set<String> CLOSED_WORDS = Set.of("that", "these", "those", "all", "both", "another", "other", "either", "neither");

    /**
     * A capitalised run that is no name (since round {@code wrong18}): a title-case fragment of a headline or link
     * holding a function word of three letters or more after its first word ("Loss That Transformed JFK"), six
     * capitalised words or more with no lower-case word (longer than a name), a contraction ("We're"), or a lone
     * word that is capitalised only because it opens a sentence: a function word, an opening conjunction or
     * sentence opener of the lexicon, a determiner ("During", "It", "Or", "Both"), though not a speech verb ("Said"
     * is also a surname). A two-letter word inside a run ("Won In Choul") and an article opening one ("The New York
     * Times") stand.
     */
    static boolean titleRun(String speaker) {
        String s = speaker.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return false;
        List<String> w = List.of(s.split("\\s+"));
        if (w.stream().anyMatch(t -> CONTRACTION.matcher(t).matches())) return true;
        if (w.size() == 1) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.equals("said") || lower.equals("says") || lower.equals("asked")) return false;
            return Lexicon.FUNCTION_WORDS.contains(lower) || CLOSED_WORDS.contains(lower)
                    || Lexicon.OPENING_CONJUNCTIONS.contains(lower) || Lexicon.SENTENCE_OPENERS.contains(lower);
        }
        for (String t : w.subList(1, w.size())) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (t.length() >= 3 && Character.isUpperCase(t.charAt(0)) && (Lexicon.FUNCTION_WORDS.contains(lower) || CLOSED_WORDS.contains(lower))) return true;
        }
        return w.size() >= 6 && w.stream().allMatch(t -> Character.isUpperCase(t.charAt(0)));
    }

    /** The words of a speaker; a curly apostrophe is the straight one ("the company’s ad" as written, "the company's ad" as labelled). */
    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")).filter(t -> !t.isEmpty()).toList();
    }
}

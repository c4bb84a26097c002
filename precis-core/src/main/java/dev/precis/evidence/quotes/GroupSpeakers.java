package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * A body or a group that speaks without an article: "“...,” police said", "“...,” Jefferies analysts wrote in a broker
 * note", "Reign management said: “", "State radio said: “", "staffers ask, “", "“...,” said prosecutors." The speaker is
 * the group as written (the labels' convention for unnamed groups: "the researchers", "state radio"); it is no person,
 * so "he" or "she" never stands for it. A group with an article ("the police said") is {@link Speakers}' role form.
 */
final class GroupSpeakers {
    /** Plural nouns for the people of a body, and nouns for a body that speaks as one ("management", "radio"). */
    private static final Set<String> GROUPS = Set.of("police", "officials", "authorities", "investigators", "prosecutors",
            "researchers", "scientists", "analysts", "staffers", "officers", "deputies", "troopers", "detectives", "agents",
            "experts", "organizers", "organisers", "doctors", "activists", "witnesses", "critics", "aides", "economists",
            "lawmakers", "executives", "firefighters", "rescuers", "regulators", "diplomats", "campaigners", "protesters",
            "residents", "management", "radio", "television", "spokesmen", "spokespeople");
    /** The speech verbs and "ask", which the lists leave out as it takes no singular subject: a group asks as it says ("staffers ask, “"). */
    private static final String GROUP_SPEECH = "(?:" + SPEECH + "|ask)";
    /** Up to three capitalised words of the body's name or place ("Jefferies", "U.S.", "Israeli"), then up to two lower-case words. */
    private static final String WHO = "(?<who>(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,3}(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?<group>\\p{L}+))";
    /**
     * "“...,” police said", "“...,” hospital officials also said in a statement": the group, then its verb, right after the
     * quote; the verb closes the clause or is followed by when or where it was said ({@code closing}), or by whom it was
     * told and the clause's end ("officials told The Associated Press."): "“a fragile truce,” analysts said the government
     * was ..." and "“...” authorities told CNN on Monday that ..." report a clause of their own.
     */
    private static final Pattern AFTER = Pattern.compile("^\\s*[,.]?\\s*" + WHO + "\\s+(?:also\\s+|later\\s+)?(?:\\p{Ll}+ly\\s+)?(?<verb>" + GROUP_SPEECH + ")\\b"
            + "(?<closing>\\s*[.,;:!?—–-]|\\s+(?:in|on|at|to|during|after|before|when|while|from|last|this|earlier|late|early|yesterday|today|\\p{Lu}\\p{Ll}+day)\\b"
            + "|(?<=told|tells)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}[\\p{L}.'’-]+\\s*(?:[.,;]|$))?");
    /** "“...,” said prosecutors.", "said officials in Ohio": the verb, then the group closing the clause (not "said police spokesman Jim Ray"). */
    private static final Pattern AFTER_VERB = Pattern.compile("^\\s*[,.]?\\s*(?<verb>" + SPEECH + ")\\s+" + WHO
            + "(?:\\s*(?:[.,;]|$)|\\s+(?:in|on|at|after|during|from|who)\\b)");
    /** "Reign management said: “", "As he walks in, staffers ask, “": the group opens the sentence or follows its lead-in, and its verb runs into the quote. */
    private static final Pattern BEFORE = Pattern.compile("(?:^\\s*(?:But\\s+|And\\s+)?|,\\s+)" + WHO + "\\s+(?:also\\s+|later\\s+)?(?:\\p{Ll}+ly\\s+)?"
            + GROUP_SPEECH + "\\b[^\"“”.!?]{0,60}$");

    private GroupSpeakers() {
    }

    /**
     * "“...,” police said" after the words before the quote ({@code head}): null when those words end on someone's own
     * verb of saying ("as she repeated “...,” police said", "admitted that she “had a few drinks,” police said"): the group
     * reports the writer's whole sentence, and the quoted words are that someone's.
     */
    static String after(String tail, String head) {
        return ReportedLeadIns.endsOnOneOwn(head) ? null : after(tail);
    }

    /**
     * The group speaking in the writer's words after a quote ({@code tail}); null when none. The verb must close its clause
     * with a mark or go on with when or where: a paragraph cut off right after "police said" (a truncated article) says
     * nothing of whether the quote before it was a sentence of its own.
     */
    static String after(String tail) {
        Matcher m = AFTER.matcher(tail);
        if (m.find() && m.group("closing") != null) return group(m);
        m = AFTER_VERB.matcher(tail);
        return m.find() && !Speakers.TO_LISTENER.contains(m.group("verb")) ? group(m) : null;
    }

    /**
     * As {@link #before(String)}, but null when the words after the quote ({@code tail}) attribute it themselves in a form
     * no pattern read ({@link OwnAttribution}): "2014 the hottest year, us government scientists say read more “...,” said
     * kennette bennedict": a headline's group before a quote that names its own speaker (lower-cased text).
     */
    static String before(String head, String tail) {
        return OwnAttribution.follows("", tail) ? null : before(head);
    }

    /** The group opening the sentence whose verb runs into the quote ({@code head}, the words before it); null when none. */
    static String before(String head) {
        Matcher m = BEFORE.matcher(head);
        return m.find() ? group(m) : null;
    }

    /** Whether {@code speaker} is a group this class gives: whom "he" or "she" cannot stand for. */
    static boolean isGroup(String speaker) {
        return GROUPS.contains(speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code speaker} is a group as this class writes it: lower-case, or a capitalised name before a lower-case group word ("Jefferies analysts"). */
    static boolean isWritten(String speaker) {
        int space = speaker.lastIndexOf(' ');
        return isGroup(speaker) && Character.isLowerCase(speaker.charAt(space + 1));
    }

    /** The group as written, or null when its last word is no group or a word before it is a function word or an opener ("Then police"). */
    private static String group(Matcher m) {
        if (!GROUPS.contains(m.group("group").toLowerCase(Locale.ROOT))) return null;
        String who = m.group("who").strip();
        for (String w : Spaces.split(who)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Lexicon.FUNCTION_WORDS.contains(lower) || Lexicon.SENTENCE_OPENERS.contains(lower) || Character.isDigit(w.charAt(0))) return null;
        }
        // one word is the group itself, capitalised only when it opens the sentence ("Police said: “")
        return who.indexOf(' ') < 0 ? who.toLowerCase(Locale.ROOT) : who;
    }
}

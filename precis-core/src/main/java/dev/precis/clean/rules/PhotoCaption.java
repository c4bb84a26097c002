package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photo captions written as sentences: "A photo from the ministry shows...", "..., this photo
 * released by the coast guard shows.", "Rescuers carry a man, left, and ...", or a wire caption's
 * present-tense action with its weekday, full date and place ("A supporter holds a sticker during a
 * watch party Thursday, Oct. 3, 2013, in San Antonio."), and a drawing's caption ("A sketch
 * released of ...").
 */
public final class PhotoCaption implements LineRule {
    /** This rule's id; the cleaner gives it to a caption it finds after a cut credit. */
    public static final String ID = "caption";

    private static final Pattern START = Pattern.compile(
            "^(?:(?:An?|This|The) )?(?:undated |file |handout |aerial |satellite )*(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture|[Ss]creenshot|[Ss]creen grab)s?"
                    + " (?:from|taken|released|provided|made available|obtained|posted|shared|shows?|showing|of)\\b");
    /**
     * A drawn picture's caption: "A sketch released of an unidentified woman who ...", "This undated
     * rendering provided by ... shows ...", "An artist's illustration of ...". Unlike a photo's, the
     * drawing word needs its article: "Drawing from public sources, the panel ..." is a story's
     * participle. A story tells of a drawing with a verb ("A sketch of the suspect was released
     * Monday", "The drawings show that ..."), so the "of" form takes no "was"/"is" in its first
     * sentence and "show" no "that".
     */
    private static final Pattern DRAWING = Pattern.compile(
            "^(?:An?|This|The) (?:undated |file |handout |police |composite |forensic |artist's |artist )*"
                    + "(?:sketch|drawing|rendering|illustration)(?:es|s)?"
                    + " (?:from|taken|released|provided|made available|obtained|posted|shared|shows?(?! that\\b)|showing"
                    + "|of\\b(?![^.!?]*\\b(?:is|are|was|were|has been|have been|had been|will be)\\b))\\b");
    /** What every match of {@link #DRAWING} holds, lower-cased. */
    private static final String[] DRAWING_WORDS = {"sketch", "drawing", "rendering", "illustration"};
    /** A caption's words for the picture: "In this undated photo", "this image released by ... shows". */
    private static final Pattern PICTURE = Pattern.compile(
            "(?i)\\bin this (?:undated |file |handout |aerial |satellite )*(?:photo|photograph|image|picture)\\b"
                    // "In this Saturday, July 1, 2017, photo, ...": a dated caption
                    + "|\\bin this (?=[^.]{0,30}\\d)(?:(?:[A-Z][a-z]{2,8}\\.?|\\d{1,4}),? ){1,4}(?:file |handout )?(?:photo|photograph|image|picture)\\b"
                    + "|\\bthis (?:undated |file |handout |aerial |satellite )*(?:photo|photograph|image|picture)"
                    + "(?: (?:released|provided|taken|made available|obtained|posted)(?: by [^,.]{1,60})?)?,? shows?\\b");
    /** Where someone stands in the picture: ", left,", "(right)", "from left". */
    private static final Pattern SIDE = Pattern.compile(
            "(?i), (?:left|right|center|centre|second left|second right),|\\((?:left|right|center|centre)\\)|\\bfrom left\\b");
    /**
     * A wire caption: what the picture shows, in the present tense, then its full date and place
     * ("... speaks at a rally Thursday, Oct. 3, 2013, in Haltom City"); a story writes "was killed
     * Saturday, April 6, 2013, in ...". Case-sensitive: lower-cased text cannot tell a place.
     */
    private static final Pattern WIRE = Pattern.compile(
            "\\b" + CaptionVerbs.ALTERNATIVES
                    + "\\b[^!?]{0,160}?\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}, (?:in|at|near|outside) \\p{Lu}");

    /**
     * A wire caption whose date ends its sentence ("Guards stand by the gate ..., Saturday, March 23,
     * 2013."), its subject plural as often as not: a story names the day of what happened, and rarely
     * in the present tense with the full date last. Only where a sentence is read alone or at an
     * article's first lines ({@link #OPENING_LINES}), where a caption stands above the story; further
     * down the line may be a paragraph this sentence only opens.
     */
    private static final Pattern WIRE_DATE_LAST = Pattern.compile(
            "\\b(?:" + CaptionVerbs.ALTERNATIVES + "|" + CaptionVerbs.PLURAL + ")"
                    + "\\b[^!?.]{0,160}?\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}\\.(?:\\s|$)");
    /** The lines of an article, from its first, where a caption may stand above the story. */
    static final int OPENING_LINES = 3;

    /**
     * Fragments of the lower-cased line one of which every match of {@link #START}, {@link #PICTURE},
     * {@link #SIDE} or {@link #WIRE} holds. A side mark needs its comma or bracket: "left", "right" or
     * "cent" alone let most news lines ("percent", "the right to") through to the patterns.
     */
    private static final String[] FRAGMENTS;
    /** What every match of {@link #PICTURE} holds, lower-cased. */
    private static final String[] PICTURE_WORDS = {"photo", "image", "picture"};
    /** What every match of {@link #SIDE} holds, lower-cased. */
    private static final String[] SIDE_MARKS = {"left,", "left)", "right,", "right)", "center,", "center)", "centre,",
            "centre)", "from left"};
    /** What follows the year in every match of {@link #WIRE}, lower-cased. */
    private static final String[] WIRE_PLACES = {", in ", ", at ", ", near ", ", outside "};

    static {
        // START's picture words ("screen" for "screenshot", "screen grab"), then each inside pattern's; "day, " for WIRE
        List<String> all = new ArrayList<>(List.of(PICTURE_WORDS));
        all.add("screen");
        all.addAll(List.of(DRAWING_WORDS));
        all.addAll(List.of(SIDE_MARKS));
        all.add("day, ");
        FRAGMENTS = all.toArray(String[]::new);
    }

    static boolean mayMatch(String key) {
        return holdsAny(key, FRAGMENTS);
    }

    private static boolean holdsAny(String key, String[] fragments) {
        for (String f : fragments) if (key.contains(f)) return true;
        return false;
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * A line that a picture credit opened ("AFP/Getty Images Star holds the trophy after ...") and
     * that is one short sentence of what the picture shows, in a caption's present tense: the
     * caption the credit belongs to. A story paragraph after a credit runs on, or tells in the past.
     */
    public static boolean afterCredit(Line line) {
        if (line.words() > MAX_CREDITED_WORDS || !line.terminal()) return false;
        String t = line.text();
        return !INNER_END.matcher(t).find() && CaptionVerbs.PRESENT.matcher(t).find();
    }

    /**
     * Whether a line left after a picture's controls and credit ("Enlarge Image Close Getty Images
     * LeBron James celebrated late in the fourth quarter.") is that picture's caption: one sentence
     * of at most {@link #MAX_CREDITED_WORDS} words. The controls say a picture stood there, so its
     * caption's verb may be in any tense; a paragraph of several sentences is left to the story.
     */
    public static boolean afterPictureControls(Line line) {
        return line.words() <= MAX_CREDITED_WORDS && line.terminal() && !INNER_END.matcher(line.text()).find();
    }

    /** Most words of a caption sentence after its credit. */
    static final int MAX_CREDITED_WORDS = 40;
    /** A sentence end before the line's last: the line holds more than one sentence. */
    private static final Pattern INNER_END = Pattern.compile("[.!?][\"”’)]?\\s+\\S");

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.words() > 60) return Optional.empty();
        if (!mayMatch(line.key())) return Optional.empty();
        String t = line.text(), k = line.key();
        // Each pattern runs only where the line holds what its every match needs: one pattern of all
        // the alternatives ran each of them at every position of every line with any fragment.
        if (START.matcher(t).find()
                || holdsAny(k, DRAWING_WORDS) && DRAWING.matcher(t).find()
                || holdsAny(k, PICTURE_WORDS) && PICTURE.matcher(t).find()
                || holdsAny(k, SIDE_MARKS) && SIDE.matcher(t).find()
                || k.contains("day, ") && holdsAny(k, WIRE_PLACES) && WIRE.matcher(t).find()
                || k.contains("day, ") && line.index() < OPENING_LINES && WIRE_DATE_LAST.matcher(t).find()) {
            return Optional.of("a photo caption");
        }
        return Optional.empty();
    }
}

package dev.precis.evidence.dates;

import java.util.regex.Pattern;

/**
 * Sentences that are page furniture rather than the story, so they are never timeline events:
 * photo captions ("... in Paris, April 22, 2015."), credits, bylines, publication, update and
 * correction stamps, and bracketed source references.
 */
public final class StoryLines {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    /** A caption closes on the picture's date after its place: "..., Paris, April 22, 2015.", "... Connecticut December 14, 2014." */
    private static final Pattern CAPTION_DATE = Pattern.compile(
            "(?:,|\\p{Lu}[\\p{L}.]*)\\s+" + MONTH + "\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\.?[\\s)]*$");
    private static final Pattern PHOTO = Pattern.compile(
            "\\b(?:sketch|image|photo|picture)s? (?:released|provided)\\b|\\b(?:photo|photos|pictured|handout|file picture|is seen|are seen|Getty Images|AP Photo|Reuters/)\\b"
                    + "|\\((?:L|R|C|left|right|center|centre)\\)|\\s/\\s*(?:AP|AFP|Reuters|Getty)\\b"
                    // a gallery widget's caption ("Hide Caption 34 of 43 Photos: ...") that cleaning trimmed into a sentence
                    + "|\\b(?:Hide|Show) Caption\\b|\\b\\d+ of \\d+ Photos\\b");
    private static final Pattern STAMP = Pattern.compile(
            "^\\W*(?:Correction|Corrections|Update|Updated|UPDATE|UPDATED|Posted|Published|First published|Last updated"
                    + "|Originally published|Reviewed at|Filed at|Editor's note)\\b"
                    + "|\\bA version of this (?:article|story) appeared\\b|\\(Published\\b|^\\S+(?:\\s+\\S+){0,3}\\s+reports for\\b");
    private static final Pattern REFERENCE = Pattern.compile("^\\s*\\(.*\\)\\.?\\s*$");

    private StoryLines() {
    }

    public static boolean furniture(String sentence) {
        return CAPTION_DATE.matcher(sentence).find() || PHOTO.matcher(sentence).find()
                || STAMP.matcher(sentence).find() || REFERENCE.matcher(sentence).matches();
    }

    /** A line that stamps a change to the page: its date is never the article's date. */
    public static boolean updateStamp(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.contains("updat") || l.contains("correct") || l.contains("modified") || l.contains("edited");
    }
}

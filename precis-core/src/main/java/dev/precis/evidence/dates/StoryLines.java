package dev.precis.evidence.dates;

import dev.precis.lexicon.KeywordPattern;

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
    private static final KeywordPattern PHOTO = KeywordPattern.of(
            "\\b(?:sketch|image|photo|picture)s? (?:released|provided)\\b|\\b(?:photo|photos|pictured|handout|file picture|is seen|are seen|Getty Images|AP Photo|Reuters/)\\b"
                    + "|\\((?:L|R|C|left|right|center|centre)\\)|\\s/\\s*(?:AP|AFP|Reuters|Getty)\\b"
                    // a gallery widget's caption ("Hide Caption 34 of 43 Photos: ...") that cleaning trimmed into a sentence
                    + "|\\b(?:Hide|Show) Caption\\b|\\b\\d+ of \\d+ Photos\\b",
            "released", "provided", "photo", "pictured", "handout", "file picture", "is seen", "are seen", "Getty Images",
            "AP Photo", "Reuters/", "(", "/", "Caption", "Photos");
    private static final KeywordPattern STAMP = KeywordPattern.of(
            "^\\W*(?:Correction|Corrections|Update|Updated|UPDATE|UPDATED|Posted|Published|First published|Last updated"
                    + "|Originally published|Reviewed at|Filed at|Editor's note)\\b"
                    + "|\\bA version of this (?:article|story) appeared\\b|\\(Published\\b|^\\S+(?:\\s+\\S+){0,3}\\s+reports for\\b",
            "Correction", "Update", "UPDATE", "Posted", "Published", "published", "updated", "Reviewed at", "Filed at",
            "Editor's note", "A version of this", "reports for");
    private static final Pattern REFERENCE = Pattern.compile("^\\s*\\(.*\\)\\.?\\s*$");

    private StoryLines() {
    }

    public static boolean furniture(String sentence) {
        return endsOnYear(sentence) && CAPTION_DATE.matcher(sentence).find() || PHOTO.find(sentence)
                || STAMP.find(sentence) || REFERENCE.matcher(sentence).matches();
    }

    /** A year (19xx or 20xx) before the closing ".", ")" and spaces: where every caption date ends. */
    private static boolean endsOnYear(String s) {
        int j = s.length();
        while (j > 0 && (Character.isWhitespace(s.charAt(j - 1)) || s.charAt(j - 1) == ')')) j--;
        if (j > 0 && s.charAt(j - 1) == '.') j--;
        if (j < 4) return false;
        char c0 = s.charAt(j - 4), c1 = s.charAt(j - 3);
        boolean century = c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0';
        return century && Character.isDigit(s.charAt(j - 2)) && Character.isDigit(s.charAt(j - 1));
    }

    /** A line that stamps a change to the page: its date is never the article's date. */
    public static boolean updateStamp(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.contains("updat") || l.contains("correct") || l.contains("modified") || l.contains("edited");
    }
}

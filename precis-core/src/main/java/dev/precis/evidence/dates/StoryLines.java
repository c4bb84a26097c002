package dev.precis.evidence.dates;

import dev.precis.lexicon.Digits;
import dev.precis.lexicon.KeywordPattern;

import java.util.regex.Pattern;

/**
 * Sentences that are page furniture rather than the story, so they are never timeline events:
 * photo captions ("... in Paris, April 22, 2015."), credits, bylines, publication, update and
 * correction stamps, and bracketed source references.
 */
public final class StoryLines {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    /** A caption closes on ", on" its date and the place: "... before the final vote, on July 12, 2013, in Austin." */
    private static final Pattern CAPTION_DATE_PLACE = Pattern.compile(
            ",\\s+on\\s+" + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?" + "\\s+\\d{1,2},\\s+(?:19|20)\\d\\d,\\s+in\\s+\\p{Lu}[\\p{L}.]*(?:,?\\s+\\p{Lu}[\\p{L}.]*)*\\.?\\s*$");
    /** A caption closes on the picture's date after its place: "..., Paris, April 22, 2015.", "... Connecticut December 14, 2014." */
    private static final Pattern CAPTION_DATE = Pattern.compile(
            "(?:,\\s+on|,|\\p{Lu}[\\p{L}.]*)\\s+" + MONTH + "\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\.?[\\s)]*$");
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String FULL_DATE = MONTH + "\\s+\\d{1,2},\\s+(?:19|20)\\d\\d";
    /**
     * A wire caption dates its picture with weekday, date and year, then the place, and without
     * "on" ("speaks during a town hall, Tuesday, Feb. 19, 2013, in Sun Lakes, Ariz."); a story gives
     * the weekday alone ("on Tuesday").
     */
    private static final Pattern CAPTION_WEEKDAY = Pattern.compile(
            "(?<!\\b[Oo]n\\s)\\b" + WEEKDAY + ",\\s+" + FULL_DATE + "\\b"
                    + "|\\b" + WEEKDAY + ",\\s+" + FULL_DATE + ",?\\s+(?:in|at|near)\\s+\\p{Lu}");
    /** A gallery caption that opens on its date: "March 22, 2014 Armed men ...", "JUNE 18: Former Congresswoman ...". */
    private static final Pattern CAPTION_LEAD = Pattern.compile(
            "^\\W*(?:" + FULL_DATE + "\\s+\\p{Lu}|(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\\.?\\s+\\d{1,2}:\\s)");
    private static final KeywordPattern PHOTO = KeywordPattern.of(
            "\\b(?:sketch|image|photo|picture)s? (?:released|provided)\\b|\\b(?:photo|photos|pictured|handout|file picture|is seen|are seen|is shown|are shown|Getty Images|AP Photo|Reuters/)\\b"
                    + "|\\((?:L|R|C|left|right|center|centre)\\)|\\s/\\s*(?:AP|AFP|Reuters|Getty)\\b"
                    // a gallery widget's caption ("Hide Caption 34 of 43 Photos: ...") that cleaning trimmed into a sentence
                    + "|\\b(?:Hide|Show) Caption\\b|\\b\\d+ of \\d+ Photos\\b",
            "released", "provided", "photo", "pictured", "handout", "file picture", "is seen", "are seen", "shown", "Getty Images",
            "AP Photo", "Reuters/", "(", "/", "Caption", "Photos");
    private static final KeywordPattern STAMP = KeywordPattern.of(
            "^\\W*(?:Correction|Corrections|Update|Updated|UPDATE|UPDATED|Posted|Published|First published|Last updated"
                    + "|Originally published|Reviewed at|Filed at|Editor's note)\\b"
                    + "|\\bA version of this (?:article|story) appeared\\b|\\(Published\\b|^\\S+(?:\\s+\\S+){0,3}\\s+reports for\\b",
            "Correction", "Update", "UPDATE", "Posted", "Published", "published", "updated", "Reviewed at", "Filed at",
            "Editor's note", "A version of this", "reports for");
    private static final Pattern REFERENCE = Pattern.compile("^\\s*\\(.*\\)\\.?\\s*$");
    /**
     * Not events though dated: an embedded post ("... smh ------ Sad day -- — M !", "— Ann Lee
     * (@annlee)"), a newspaper's edition ("the July 9, 1901 edition of the Chronicle"), the basis
     * of a price ("valued ... based on the average closing price ... preceding March 21, 2014").
     */
    private static final KeywordPattern NOT_EVENT = KeywordPattern.of(
            "-{3,}|—\\s*[^—]{1,40}\\(@\\w+\\)|pic\\.twitter\\.com"
                    + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:(?:19|20)\\d\\d,?\\s+)?(?:edition|issue)s?\\s+of\\b"
                    + "|\\bbased on\\b[^.;]{0,80}\\bprices?\\b",
            "---", "(@", "pic.twitter.com", "edition", "issue", "based on");
    /**
     * A caption without a verb: a name, then a preposition or participle, then the picture's date at
     * the end ("Donald Trump before opening the Nasdaq on September 20, 2005."); a story sentence
     * has a finite verb ({@link #FINITE}).
     */
    private static final Pattern CAPTION_NO_VERB = Pattern.compile(
            "^\\W*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s+(?:before|after|at|during|with|outside|inside|near|in|on|arriving|speaking|leaving|walking|standing)\\s"
                    + "[^\"“”]{0,120}\\b" + MONTH + "\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\.?\\s*$");
    /** A finite verb, or a word that may be one: auxiliaries, "-ed" and "-s" forms, common irregular pasts. */
    private static final Pattern FINITE = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should"
                    + "|took|won|began|came|went|made|got|gave|left|met|ran|saw|said|told|fell|hit|set|put|shot|held|sold|bought"
                    + "|brought|built|caught|found|rose|spoke|wrote|broke|became|beat|lost|paid|sent|spent|stood|struck|flew|drove"
                    + "|grew|knew|led|kept|felt|fought|let|quit|read|sank|shook|sought|threw|woke|wore|cut|\\p{Ll}+ed|\\p{Ll}+[^s\\W]s)\\b");

    private StoryLines() {
    }

    public static boolean furniture(String sentence) {
        boolean digits = Digits.any(sentence);
        return endsOnYear(sentence) && CAPTION_DATE.matcher(sentence).find()
                || digits && (CAPTION_DATE_PLACE.matcher(sentence).find() || CAPTION_WEEKDAY.matcher(sentence).find()
                        || CAPTION_LEAD.matcher(sentence).find())
                || PHOTO.find(sentence) || STAMP.find(sentence) || REFERENCE.matcher(sentence).matches()
                || NOT_EVENT.find(sentence) || digits && captionWithoutVerb(sentence);
    }

    private static boolean captionWithoutVerb(String sentence) {
        if (!endsOnYear(sentence) || !CAPTION_NO_VERB.matcher(sentence).find()) return false;
        // the words after the name: "before opening the Nasdaq on September 20, 2005."
        return !FINITE.matcher(sentence).find();
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

    /**
     * Inside a photo gallery that cleaning kept as text ("... Hide Caption 3 of 43 Photos: ..."):
     * from the line of the first "Hide Caption" to the end of the line of the last one. Every
     * sentence there is a caption, even one that reads like the story ("Flight 370 vanished on
     * March 8, 2014, ...").
     */
    public static boolean inGallery(String articleText, int offset) {
        int first = articleText.indexOf(GALLERY_MARK);
        if (first < 0) return false;
        int last = articleText.lastIndexOf(GALLERY_MARK);
        int from = articleText.lastIndexOf('\n', first) + 1;
        int to = articleText.indexOf('\n', last);
        return offset >= from && (to < 0 || offset < to);
    }

    private static final String GALLERY_MARK = "Hide Caption";

    /** A photo caption or credit ("FILE - In this May 20, 2017 file photo, ..."): its date is the picture's, never the article's. */
    public static boolean photoCaption(String line) {
        return PHOTO.find(line);
    }

    /** A line that stamps a change to the page: its date is never the article's date. */
    public static boolean updateStamp(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.contains("updat") || l.contains("correct") || l.contains("modified") || l.contains("edited");
    }
}

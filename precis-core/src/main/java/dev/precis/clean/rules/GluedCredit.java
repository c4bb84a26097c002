package dev.precis.clean.rules;

import dev.precis.lexicon.Spaces;
import dev.precis.clean.PrefixRule;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture credit glued before the first sentence of a paragraph: "John Smith/Getty Images There
 * is no question ...", "Jane Doe / Splash News The singer's ...", "William Wei, Business Insider
 * Facebook is buying ...", a caption and its agency ("The cabin of a plane. AP American Airlines said
 * ..."), or a player's "enlarge this image toggle caption" with its credit written twice, or a web
 * address in capitals ("EXAMPLE.COM 'I want ..."), a labelled credit in brackets ("(Photo: Jane Doe, AP) The ...").
 * Only the credit goes; the story after it stays.
 */
public final class GluedCredit implements PrefixRule {
    /** This rule's id; the cleaner reads it on a cut line to tell a caption after its credit. */
    public static final String ID = "credit";
    private static final String AGENCY = "(?:Getty Images|Getty|AP Photo|AP|AFP|Reuters|REUTERS|EPA|Splash News|Shutterstock"
            + "|Rex Features|REX|Bloomberg|NPR|Corbis|WireImage|FilmMagic|Invision|ZUMA Press|Zuma Press|Associated Press"
            + "|ASSOCIATED PRESS|iStockphoto|istockphoto\\.com|UPI|Xinhua|Sipa|SIPA|Barcroft Media|Backgrid|BACKGRID|Business Insider)";
    /** Up to five capitalised words, a slash, an optional second source, the agency: "Eric Gay / AP". */
    private static final Pattern NAMED = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}\\p{Lu}[\\p{L}'’.-]*\\s*/\\s*"
            + "(?:\\p{Lu}[\\p{L}.]*\\s*/\\s*)?" + AGENCY + "(?:\\s+via\\s+" + AGENCY + ")?\\s+(?=[\\p{Lu}\"“])");
    /**
     * A photographer's full name, a comma, the agency: "William Wei, Business Insider Facebook is
     * buying ...". Two or more capitalised words, so that a sentence's subject before an agency that
     * reports ("Boeing, Reuters reported") is no credit. Tried only on lines that hold one of
     * {@link #AGENCY_MARKS}.
     */
    private static final Pattern NAMED_COMMA = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]+,\\s+"
            + AGENCY + "\\s+(?=[\\p{Lu}\"“])");
    /** A caption sentence, then the bare agency. */
    private static final Pattern CAPTIONED = Pattern.compile("^[^.!?]{10,160}[.!?]\\s+(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images)\\s+(?=\\p{Lu}\\p{Ll})");
    /** A labelled credit, then the first capitalised word that a lower-case word follows: "Photo: Jane Doe The council ...". */
    private static final Pattern LABELLED = Pattern.compile("^(?:Photo|Photos|PHOTO|Image|Picture|Photograph)(?: credit)?\\s*:\\s*"
            + "(?:\\p{Lu}[\\p{L}'’.-]*\\s*(?:/\\s*)?){1,5}?\\s*(?=[\"“]?\\p{Lu}[\\p{Ll}'’]*\\s+\\p{Ll})");
    /** A web address in capitals, the picture's source: "EXAMPLEXXX.COM 'I want ...". */
    private static final Pattern ADDRESS = Pattern.compile("^[\\p{Lu}\\d-]{2,40}\\.(?:COM|NET|ORG|CO\\.UK|TV)\\s+(?=[\\p{Lu}\"“'‘])");
    /**
     * A labelled credit in brackets before the text: "(Photo: Jane Doe, AP) The council ...", and its
     * truncated form "( photo: jane doe, ap ) the council ...", where the story may open in lower case.
     * The segmenter takes the same credit off a sentence's start inside a paragraph.
     */
    public static final Pattern BRACKETED = Pattern.compile("(?i)^\\(\\s*(?:photo|photos|image|picture|photograph)(?: credit)?\\s*:[^()]{1,80}\\)\\s+(?=\\S)");
    private static final Pattern TOGGLE = Pattern.compile("(?i)^(?:enlarge this image\\s+)?toggle caption\\s+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 40) return Optional.empty();
        char c0 = line.charAt(0);
        Matcher t = c0 == 'e' || c0 == 'E' || c0 == 't' || c0 == 'T' ? TOGGLE.matcher(line) : null;
        if (t != null && t.lookingAt()) return Optional.of(new Cut(t.end() + repeatedCredit(line.substring(t.end())),
                "a picture player's caption toggle and credit before the text"));
        Matcher b = c0 == '(' ? BRACKETED.matcher(line) : null;
        if (b != null && b.lookingAt() && storyFollows(line, b.end())) return Optional.of(new Cut(b.end(), "a labelled picture credit in brackets before the text"));
        Matcher l = c0 == 'P' || c0 == 'I' ? LABELLED.matcher(line) : null;
        if (l != null && l.lookingAt() && storyFollows(line, l.end())) return Optional.of(new Cut(l.end(), "a labelled picture credit before the text"));
        Matcher a = Character.isUpperCase(c0) || Character.isDigit(c0) ? ADDRESS.matcher(line) : null;
        if (a != null && a.lookingAt() && storyFollows(line, a.end())) return Optional.of(new Cut(a.end(), "a web address credit before the text"));
        if (line.indexOf('/') > 0) {
            Matcher m = NAMED.matcher(line);
            if (m.lookingAt() && storyFollows(line, m.end())) {
                return Optional.of(new Cut(m.end(), "a picture credit before the text"));
            }
        }
        if (!mentionsAgency(line)) return Optional.empty();
        Matcher n = NAMED_COMMA.matcher(line);
        if (n.lookingAt() && storyFollows(line, n.end())) return Optional.of(new Cut(n.end(), "a picture credit before the text"));
        Matcher c = CAPTIONED.matcher(line);
        if (c.lookingAt() && storyFollows(line, c.end())) {
            return Optional.of(new Cut(c.end(), "a photo caption and its agency before the text"));
        }
        return Optional.empty();
    }

    private static final String[] AGENCY_MARKS = {" AP ", "AFP", "Reuters", "REUTERS", "EPA", "Getty", "Business Insider"};

    private static boolean mentionsAgency(String line) {
        for (String a : AGENCY_MARKS) {
            int at = line.indexOf(a);
            if (at >= 0 && at < 200) return true;
        }
        return false;
    }

    /** Length of a credit written twice at the start ("jaxa jaxa ", "a/ap a/ap "), or 0. */
    public static int repeatedCredit(String s) {
        String[] ws = s.split(" ", 26);
        int offset = 0;
        for (int k = 1; k <= 12 && 2 * k < ws.length; k++) {
            offset += ws[k - 1].length() + 1;
            String once = String.join(" ", java.util.Arrays.copyOfRange(ws, 0, k)).toLowerCase(Locale.ROOT);
            String twice = String.join(" ", java.util.Arrays.copyOfRange(ws, k, 2 * k)).toLowerCase(Locale.ROOT);
            if (once.equals(twice)) return Math.min(s.length(), 2 * offset);
        }
        return 0;
    }

    private static boolean storyFollows(String line, int from) {
        return Spaces.split(line.substring(from)).length >= 8;
    }
}

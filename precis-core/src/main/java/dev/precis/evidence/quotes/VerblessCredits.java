package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;
import dev.precis.evidence.quotes.Speakers.Pronouns;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * A credit after a quote with no verb of saying: a dash and the name ("“I’m as shocked as you are.” — Ada Brandt, on her
 * win"; blurbs, digests of award-night remarks: "”—Ines Ruiz, author of The Long Shore"), or, after a quote that a comma
 * leaves open, the name with its appositive or relative clause and nothing else ("“...,” Sen. Ada Brandt (D-OR), who was
 * elected in 2010."). The name is the speaker. Only a capitalised name counts: lower-cased text gives no such credit.
 */
final class VerblessCredits {
    /** A dash right after the closing mark, then the name, then the end of the paragraph or a comma opening what it is about. */
    private static final Pattern DASH = Pattern.compile("^[ \\t]*[—–][ \\t]*(?<name>" + NAME + ")[ \\t]*(?:,|$)");
    /**
     * The name right after the quote, maybe its party in brackets, then an appositive ("a ...", "the ...") or a relative
     * clause ("who ..."), up to the sentence's end with no verb of saying.
     */
    private static final Pattern COMMA = Pattern.compile("^[ \\t]*(?<name>" + NAME + ")(?:[ \\t]*\\([^()\"“”]{1,20}\\))?,[ \\t]+(?:who|a|an|the)\\b"
            + "(?<rest>[^\"“”.!?]*)(?:[.!?]|$)");

    private VerblessCredits() {
    }

    /**
     * The speaker credited in the writer's words right after a quote ({@code tail}) of the words {@code quoted} (as written
     * up to the closing mark, a comma kept); null when
     * no such credit. A dash credit follows a quote closed by its own sentence mark; a bare name follows one left open by a
     * comma, and its clause must say nothing of saying (else it is an attribution other forms read).
     */
    static String after(String quoted, String tail, Map<String, String> longest, Pronouns refs) {
        String q = quoted.stripTrailing();
        if (q.isEmpty()) return null;
        char last = q.charAt(q.length() - 1);
        Matcher m = DASH.matcher(tail);
        if (".!?…".indexOf(last) >= 0 && m.find()) return name(m.group("name"), longest, refs);
        if (last != ',' && !tail.startsWith(",")) return null;
        m = COMMA.matcher(tail.startsWith(",") ? tail.substring(1) : tail);
        if (!m.find() || OwnAttribution.follows("", m.group("rest"))) return null;
        return name(m.group("name"), longest, refs);
    }

    private static String name(String raw, Map<String, String> longest, Pronouns refs) {
        // one word after a dash is as often an agency's or a site's credit line ("— Reuters") as a speaker
        String p = Speakers.person(raw, longest, refs);
        return p == null || p.indexOf(' ') < 0 || Names.isDebris(p) ? null : p;
    }
}

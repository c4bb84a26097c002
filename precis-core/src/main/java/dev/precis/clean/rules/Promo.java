package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** Prompts to follow, click or visit: "Follow us on Twitter @x", "For more, click here: http://...". */
public final class Promo implements LineRule {
    private static final Pattern FOLLOW = Pattern.compile(
            "(?i)^follow\\b.{0,80}(?:@\\w|twitter|facebook|instagram|google\\+|\\.com)");
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)^(?:contact|email|e-mail|write to|reach) (?:us|me|him|her|them|the (?:author|writer|reporter|editors?))\\b.{0,60}@");
    /** "Contact Jane Doe at 408-555-0100.", "Reach her at jdoe@...": a reporter's contact line. */
    private static final Pattern CONTACT_AT = Pattern.compile(
            "^(?:Contact|Reach|Call|Email|E-mail) (?:(?:him|her|them|us|me)|(?:[A-Z][\\p{L}.'’-]* ){0,3}[A-Z][\\p{L}.'’-]*) (?:at|on|via) "
                    + "(?:\\(?\\d{3}\\)?[-. ]?\\d{3}[-.]\\d{4}|\\S+@\\S+|@\\w+)");
    private static final Pattern URL = Pattern.compile("(?i)https?://|\\bwww\\.|\\bbit\\.ly/");
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)\\bclick\\b|\\bvisit\\b|\\bfollow\\b|\\bsubscribe\\b|\\bdownload\\b|\\bfor more\\b|\\bhead over\\b");

    /** A sentence that opens by telling the reader to click: "CLICK HERE to find out more about ...". */
    private static final Pattern CLICK = Pattern.compile("(?i)(?:click|tap) here\\b");

    @Override
    public String id() {
        return "promo";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.words() > 30) return Optional.empty();
        String t = line.text(), k = line.key();
        if (line.words() <= 15 && t.indexOf('@') > 0 && CONTACT.matcher(t).find()) return Optional.of("a prompt to write to the outlet");
        if (line.words() <= 12 && CONTACT_AT.matcher(t).find()) return Optional.of("a reporter's contact line");
        if (line.words() <= 20 && k.startsWith("follow") && FOLLOW.matcher(t).find()) return Optional.of("a prompt to follow the outlet or writer");
        if (line.words() <= 20 && CLICK.matcher(t).lookingAt()) return Optional.of("a prompt to click");
        if ((k.contains("http") || k.contains("www.") || k.contains("bit.ly")) && URL.matcher(t).find()
                && PROMPT.matcher(t).find()) return Optional.of("a prompt to click or visit a link");
        return Optional.empty();
    }
}

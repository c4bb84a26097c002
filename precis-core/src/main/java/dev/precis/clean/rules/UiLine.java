package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;
import dev.precis.clean.RuleText;

import java.util.Optional;
import java.util.Set;

/** Short lines of generic web-interface words: Share, Advertisement, Read more, Comments... */
public final class UiLine implements LineRule {
    private static final Set<String> UI = Set.of("share", "shares", "shared", "sharing", "tweet", "facebook",
            "twitter", "pinterest", "linkedin", "whatsapp", "reddit", "instagram", "email", "e-mail", "mail",
            "print", "comment", "comments", "advertisement", "advertising", "advert", "ad", "ads", "sponsored",
            "subscribe", "sign", "log", "login", "register", "related", "read", "more", "continue", "reading",
            "click", "watch", "video", "videos", "photo", "photos", "image", "images", "gallery", "close",
            "enlarge", "toggle", "caption", "next", "previous", "prev", "back", "top", "home", "menu", "search",
            "skip", "follow", "like", "loading", "play", "replay", "sound", "newsletter", "listen", "audio", "save",
            "copy", "link", "links", "view", "show", "hide", "trending", "popular", "recommended", "stories",
            "story", "article", "articles", "new", "latest", "news", "feedback", "report", "embed", "download",
            "app", "full", "screen", "fullscreen", "settings", "here", "now", "also", "see", "topics", "tags",
            "glance", "highlights", "contact", "about", "reply", "replies", "permalink");
    private static final Set<String> FUNCTION = Set.of("a", "an", "the", "to", "of", "on", "in", "up", "at",
            "for", "and", "or", "this", "our", "us", "you", "your", "with", "by", "from", "it", "all");

    @Override
    public String id() {
        return "ui-line";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.words() > 10 || (line.terminal() && line.words() > 3)) return Optional.empty();
        int ui = 0, content = 0;
        for (String w : RuleText.words(line.text())) {
            if (w.isEmpty() || FUNCTION.contains(w) || Character.isDigit(w.charAt(0))) continue;
            content++;
            if (UI.contains(w) || w.startsWith("http") || w.startsWith("@")) ui++;
        }
        if (content > 0 && ui > 0 && ui * 2 >= content && (ui * 3 >= content * 2 || line.words() <= 4)) {
            return Optional.of("a web-page control or label, not story text");
        }
        return Optional.empty();
    }
}

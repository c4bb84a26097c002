package dev.precis.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Articles as the story routes take them, for the web tests. */
final class StoryPages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryPages() {
    }

    static String article(String id, String title, String text) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("title", title);
        n.put("date", "2025-03-04");
        n.put("text", text);
        return n.toString();
    }
}

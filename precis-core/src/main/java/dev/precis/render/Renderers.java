package dev.precis.render;

import dev.precis.model.BadInputException;

import java.util.List;

/** Renderers by the names the front ends accept. */
public final class Renderers {
    public static final List<String> NAMES = List.of("text", "markdown", "json");

    private Renderers() {
    }

    public static Renderer get(String name) {
        return switch (name) {
            case "text" -> new TextRenderer();
            case "markdown", "md" -> new MarkdownRenderer();
            case "json" -> new JsonRenderer(true);
            default -> throw new BadInputException("unknown format '" + name + "'; choose one of: "
                    + String.join(", ", NAMES));
        };
    }
}

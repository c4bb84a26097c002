package dev.precis.render;

import dev.precis.model.Summary;

/** Turns a summary into text for people or programs. */
public interface Renderer {
    String render(Summary summary);
}

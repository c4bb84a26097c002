package dev.precis.render;

import dev.precis.model.Summary;

/** Turns a summary into text for people or programs. */
public interface Renderer {
    String render(Summary summary);

    /**
     * What goes before each summary when one output holds several (folders summarised together):
     * none by default, as a line-per-record format needs no separator.
     */
    default String heading(String clusterId) {
        return "";
    }
}

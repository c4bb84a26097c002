package dev.precis.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One source article as read from the input, before cleaning.
 *
 * @param id     stable identifier inside its cluster (file name, or "d1", "d2", ...)
 * @param title  headline when the source gives one, else empty
 * @param outlet publisher name when known, else empty
 * @param date   publication date when known, else null
 * @param url    address when known, else empty
 * @param text   raw article body (line breaks are meaningful to the cleaner)
 */
public record Article(String id, String title, String outlet, LocalDate date, String url, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        outlet = outlet == null ? "" : outlet;
        url = url == null ? "" : url;
        text = text == null ? "" : text;
    }

    public static Article of(String id, String text) {
        return new Article(id, "", "", null, "", text);
    }

    /** A name for people: the outlet, else the title, else the id. */
    public String label() {
        if (!outlet.isBlank()) return outlet;
        if (!title.isBlank()) return title;
        return id;
    }
}

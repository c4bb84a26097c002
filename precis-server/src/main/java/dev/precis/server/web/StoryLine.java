package dev.precis.server.web;

/** One line of the story list. */
public record StoryLine(String id, String headline, int articles, int outlets, String updated) {
}

/**
 * Stories: a stream of single articles grouped, on arrival and in one pass, into stories kept in a
 * store. {@link dev.precis.stories.Stories} is the entry point; {@link dev.precis.stories.Grouper}
 * decides where each article goes; {@link dev.precis.stories.store.StoryStore} keeps the result in
 * H2 (or any database reached through a JDBC URL).
 */
package dev.precis.stories;

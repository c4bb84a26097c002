/**
 * Grouping items joined pair by pair ({@link dev.precis.groups.UnionFind}): no stage of its own, as the
 * evidence finders (mentions that may report one thing) and Spark's batch story grouping (linked
 * articles) both use it; depends on nothing of the project.
 */
package dev.precis.groups;

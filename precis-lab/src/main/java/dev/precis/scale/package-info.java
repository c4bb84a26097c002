/**
 * How the cost of one summary grows with the size of its cluster: clusters of distinct real
 * articles, timed one by one, and the log-log slope of time against size.
 */
package dev.precis.scale;

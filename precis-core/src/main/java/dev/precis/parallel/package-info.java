/**
 * The shared worker pool that lets the stages of one big cluster use more than one core; depends on
 * nothing but the model's {@code Cancelled}.
 */
package dev.precis.parallel;

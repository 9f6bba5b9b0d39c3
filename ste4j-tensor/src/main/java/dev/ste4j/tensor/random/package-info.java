/** Seeded, splittable randomness: the same seed gives bitwise the same results. */
package dev.ste4j.tensor.random;

/**
 * Small, self-contained numerical tools the paper laboratories share: an adaptive Gauss–Kronrod integrator and the
 * error function. Double precision throughout; each routine documents its accuracy and is tested against known values.
 */
package dev.ste4j.lab.numeric;

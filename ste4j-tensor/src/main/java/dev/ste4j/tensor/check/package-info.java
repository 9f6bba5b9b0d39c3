/** Reusable finite-difference checking of autograd gradients. */
package dev.ste4j.tensor.check;

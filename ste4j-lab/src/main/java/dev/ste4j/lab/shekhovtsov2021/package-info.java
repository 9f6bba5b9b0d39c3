/**
 * Shekhovtsov &amp; Yanush (2021), "Reintroducing Straight-Through Estimators as Principled Methods for Stochastic
 * Binary Networks": stochastic binary networks ({@link dev.ste4j.lab.shekhovtsov2021.Sbn}), exact expected loss and
 * gradient by enumeration ({@link dev.ste4j.lab.shekhovtsov2021.ExactGradient}), the exact expectation and variance
 * of gradient estimators ({@link dev.ste4j.lab.shekhovtsov2021.ExactMoments}), the estimators behind one interface
 * ({@link dev.ste4j.lab.shekhovtsov2021.Estimator}), the JSON-lines exact computation, and the two experiments:
 * estimator accuracy and latent-weight update rules.
 *
 * <p>Exact quantities are in double precision on plain arrays. sign(0) = +1 throughout.
 */
package dev.ste4j.lab.shekhovtsov2021;

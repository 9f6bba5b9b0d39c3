/**
 * Optimizers: {@link dev.ste4j.nn.optim.Sgd} (momentum, Nesterov, weight decay), {@link dev.ste4j.nn.optim.Adam}
 * (Adam and AdamW), {@link dev.ste4j.nn.optim.Bop} for binary weights, {@link dev.ste4j.nn.optim.MirrorDescent} for
 * Bernoulli (tanh-mirrored) weights, and {@link dev.ste4j.nn.optim.OptimizerAssignment}, which gives each parameter to
 * exactly one of several optimizers (e.g. Bop for 1-bit kernels, Adam for the rest) by its precision or name.
 *
 * <p>Order of use: build from the model's {@code namedParameters()} → after each backward, {@code step(rateFactor)}
 * (the factor comes from a learning-rate schedule) → {@code state()} into a checkpoint, {@code loadState} on resume.
 * Updates are elementwise in a fixed order, so they are bitwise repeatable whatever the thread count.
 */
package dev.ste4j.nn.optim;

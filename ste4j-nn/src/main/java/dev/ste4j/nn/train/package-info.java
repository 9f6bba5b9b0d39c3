/**
 * The training loop: seeded shuffled mini-batches, softmax cross-entropy, an optimizer step scaled by a schedule,
 * evaluation and metrics each epoch, atomic checkpoints that let a stopped run resume and end bitwise equal to an
 * uninterrupted one, and divergence handling (stop naming the step and layer, or skip the batch).
 */
package dev.ste4j.nn.train;

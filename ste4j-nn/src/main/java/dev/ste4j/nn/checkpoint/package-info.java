/**
 * Checkpoints: the model's parameters and buffers, the optimizer's state, the training RNG and the position in the run
 * (epoch, step, batch), in a documented, versioned, checksummed binary format ({@link
 * dev.ste4j.nn.checkpoint.CheckpointFormat}), written atomically so a crash never leaves a half-written file in place.
 */
package dev.ste4j.nn.checkpoint;

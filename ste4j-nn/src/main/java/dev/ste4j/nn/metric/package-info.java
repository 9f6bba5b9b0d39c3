/**
 * Training metrics: loss and accuracy tallies, the flip ratio of binary weights per layer, the fraction of latent
 * weights and pre-activations outside a straight-through estimator's pass band (where the pseudo-derivative is 0 and
 * they stop learning), and the gradient mismatch between the STE gradient and the gradient of the float network.
 */
package dev.ste4j.nn.metric;

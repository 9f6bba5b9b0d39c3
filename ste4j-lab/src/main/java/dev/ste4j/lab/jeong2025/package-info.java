/**
 * Jeong, Xin and Yin (2025), "Beyond Discreteness: Finite-Sample Analysis of Straight-Through Estimator for
 * Quantization" (arXiv 2505.18113): a laboratory for the finite-sample recovery of binary weights by the STE.
 *
 * <p>The paper's full text was not available, so the model is a parameterised family containing the natural readings
 * of its setting (Yin et al. 2019's two-layer network with binary weights and activations): {@link ModelConfig} fixes
 * the teacher and data, {@link MethodConfig} the STE-gradient method, {@link Trial} runs one independent trial, and
 * the experiments ({@link PhaseExperiment}, {@link RecurrenceExperiment}, {@link NonGaussianExperiment}) map a typed
 * configuration to a typed result that states every choice it ran with. Thresholds and exponents are estimated by
 * {@link ThresholdEstimator} and {@link PowerLawFit}.
 */
package dev.ste4j.lab.jeong2025;

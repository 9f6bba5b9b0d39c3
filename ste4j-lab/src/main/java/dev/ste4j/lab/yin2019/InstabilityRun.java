package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * A run of experiment (b) from the spurious minimizer ("spurious") or from θ = π − δ ("perturbed").
 *
 * @param m patches
 * @param ste the STE
 * @param start "spurious" or "perturbed"
 * @param trajectory the recorded run
 * @param distance ‖(v, w) − (v_sp, w_sp)‖ at the end
 */
public record InstabilityRun(int m, SteVariant ste, String start, Trajectory trajectory, double distance) {}

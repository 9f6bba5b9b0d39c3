package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * The alignment of one STE at one random point of experiment (c), with the point's description.
 *
 * @param point the point index
 * @param m patches
 * @param n patch dimension
 * @param theta θ(w, w*)
 * @param normW ‖w‖
 * @param vDotVStar vᵀv*
 * @param ste the STE
 * @param alignment inner products, cosines and the descent ratio
 */
public record AlignmentSample(
    int point, int m, int n, double theta, double normW, double vDotVStar, SteVariant ste, Alignment alignment) {}

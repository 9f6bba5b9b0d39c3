package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * One cell of Table 1: the quantized network with {@code bits}-bit activations trained with one STE, started from
 * the float network.
 *
 * @param bits activation bits
 * @param ste the straight-through estimator of the quantized ReLU
 * @param alpha the quantizer's fixed resolution α
 * @param run the training run
 */
public record Table1Row(int bits, SteVariant ste, float alpha, RunCurve run) {}

/**
 * The deep-network part of Yin et al. (ICLR 2019): Table 1 and the Figure 2 protocol.
 *
 * <p>Activations are quantized to b bits by the quantized ReLU q(x) = α·min(max(⌈x/α⌉, 0), 2^b − 1) with α fixed per
 * bit width (0.6511 for 2 bits, 0.1946 for 4), each preceded by a BatchNorm without scale or shift; weights stay float.
 * The quantized network is initialized from a pre-trained float network of the same architecture whose activations
 * are plain ReLU ({@link dev.ste4j.lab.yin2019.deep.FloatRelu}) behind the same BatchNorm, so every parameter and
 * buffer carries over by name ({@link dev.ste4j.lab.yin2019.deep.WeightTransfer}), and trained with SGD (momentum 0.9)
 * and the step schedule of the paper's Table 2 ({@link dev.ste4j.lab.yin2019.deep.PaperSchedule}) using each of the
 * three straight-through estimators (identity, ReLU, clipped ReLU).
 *
 * <p>{@link dev.ste4j.lab.yin2019.deep.Table1Experiment} runs the grid bits × STE and returns a
 * {@link dev.ste4j.lab.yin2019.deep.Table1Result}; {@link dev.ste4j.lab.yin2019.deep.Figure2Experiment} continues the
 * ReLU and clipped-ReLU minima with the identity STE at a tiny learning rate and then the normal schedule. Both use the
 * library's {@link dev.ste4j.nn.train.Trainer}; the same seed gives bitwise the same figures (wall times aside).
 */
package dev.ste4j.lab.yin2019.deep;

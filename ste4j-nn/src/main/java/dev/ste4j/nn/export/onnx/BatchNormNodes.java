package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.layer.BatchNorm;

/**
 * Batch norm in evaluation as elementwise operators, in two forms: {@link #exact}, the very arithmetic of ste4j's
 * {@code Norm.batchNorm} (x − μ and the product by 1/σ in double, then γ·x̂ + β in float), so a sign after it sees
 * the same value bit for bit; and {@link #affine}, one float multiply and add per channel, the form QONNX tools
 * (FINN's streamlining) expect.
 */
final class BatchNormNodes {

  private BatchNormNodes() {}

  static Value exact(GraphBuilder g, BatchNorm bn, Value x) {
    int c = bn.channels();
    long[] dims = GraphBuilder.channelDims(c, x.rank());
    double[] mean = new double[c];
    double[] invStd = new double[c];
    float[] var = bn.runningVar();
    for (int i = 0; i < c; i++) {
      mean[i] = bn.runningMean()[i];
      invStd[i] = invStd(var[i], bn.eps());
    }
    String centred = g.op("Sub", QuantizerNodes.cast(g, x.name(), TensorConstant.DOUBLE),
        g.doubles("bn_mean", mean, dims));
    String normal = QuantizerNodes.cast(g, g.op("Mul", centred, g.doubles("bn_inv_std", invStd, dims)),
        TensorConstant.FLOAT);
    String scaled = g.op("Mul", normal, g.floats("bn_gamma", bn.gammaValues(), dims));
    return new Value(g.op("Add", scaled, g.floats("bn_beta", bn.betaValues(), dims)), x.rank());
  }

  static Value affine(GraphBuilder g, BatchNorm bn, Value x) {
    int c = bn.channels();
    long[] dims = GraphBuilder.channelDims(c, x.rank());
    float[] gamma = bn.gammaValues();
    float[] beta = bn.betaValues();
    float[] scale = new float[c];
    float[] shift = new float[c];
    for (int i = 0; i < c; i++) {
      scale[i] = (float) (gamma[i] * (double) invStd(bn.runningVar()[i], bn.eps()));
      shift[i] = (float) (beta[i] - (double) bn.runningMean()[i] * scale[i]);
    }
    String scaled = g.op("Mul", x.name(), g.floats("bn_scale", scale, dims));
    return new Value(g.op("Add", scaled, g.floats("bn_shift", shift, dims)), x.rank());
  }

  /** 1/σ rounded to float, as Norm.batchNorm computes it. */
  private static float invStd(float var, float eps) {
    return (float) (1.0 / Math.sqrt((double) var + eps));
  }
}

package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment (b): train an SBN with binary weights and activations with each latent-weight rule (mirror descent,
 * SGD on logits, projected SGD / BinaryConnect) and record learning curves: the sampled training loss and the test
 * accuracy of the deterministic network and of a sampled ensemble.
 *
 * <p>Features are centered by the training means. Every rule starts from the same initial weight probabilities and
 * sees the same data order; rules train in parallel as the cells of a {@link LatentWeightSweep}, each on its own
 * random stream split from the seed, and test
 * examples are evaluated in parallel with streams split by (member, example), so results do not depend on the thread
 * count.
 */
public final class LatentWeightTraining {

  private LatentWeightTraining() {}

  /** Runs every rule's cell of {@link LatentWeightSweep} on this process's kernel threads. */
  public static LatentWeightResult run(LatentWeightConfig c, LabeledData train, LabeledData test) {
    LatentWeightSweep sweep = new LatentWeightSweep(c, () -> {
      throw new IllegalStateException("the in-process latent-weight experiment has its data and no source");
    });
    sweep.giveData(train, test);
    return sweep.result(SweepResults.run(sweep, new LocalEngine(Parallel.threads()), null));
  }

  /**
   * Trains one network with one rule and step size and returns its learning curve; the ensemble accuracy is evaluated
   * after every epoch when {@code ensembleEveryEpoch}, else after the last one only (NaN before).
   */
  static List<EpochRow> train(LatentWeightConfig c, LatentRule rule, double lr, int[] widths, double[][] xs,
      int[] ys, double[][] ts, int[] tys, Rng root, boolean ensembleEveryEpoch) {
    BinarySbn net = new BinarySbn(widths, rule, c.initSpread(), c.gain(), root.split(1));
    Rng order = root.split(2);
    Rng noise = root.split(3, rule.ordinal());
    List<EpochRow> rows = new ArrayList<>();
    for (int epoch = 1; epoch <= c.epochs(); epoch++) {
      long t0 = System.nanoTime();
      int[] idx = order.permutation(xs.length);
      double loss = 0;
      int batches = 0;
      for (int from = 0; from < xs.length; from += c.batchSize()) {
        int to = Math.min(xs.length, from + c.batchSize());
        loss += net.step(xs, ys, idx, from, to, noise, lr, c.biasLearningRate());
        batches++;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (!Double.isFinite(loss)) {
        throw new IllegalStateException("training with rule " + rule.id() + " diverged in epoch " + epoch
            + " (loss " + loss + "); lower its learning rate");
      }
      double det = accuracy(net, ts, tys, 0, root);
      double ens = ensembleEveryEpoch || epoch == c.epochs()
          ? accuracy(net, ts, tys, c.ensembleSamples(), root.split(4, rule.ordinal(), epoch))
          : Double.NaN;
      rows.add(new EpochRow(rule.id(), epoch, loss / batches, det, ens, net.weightStats(), seconds));
    }
    return rows;
  }

  /** Test accuracy of the deterministic network (members = 0) or of the mean softmax over sampled members. */
  static double accuracy(BinarySbn net, double[][] ts, int[] tys, int members, Rng rng) {
    int classes = net.widths[net.widths.length - 1];
    double[][] probs = new double[ts.length][classes];
    int draws = Math.max(1, members);
    SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
    for (int m = 0; m < draws; m++) {
      double[][] w = members == 0 ? net.modeWeights() : net.sampleWeights(rng.split(m));
      int member = m;
      Parallel.forRange(ts.length, 64, (from, to) -> {
        double[][] h = new double[net.layers()][];
        double[][] a = new double[net.layers()][];
        for (int l = 0; l < net.layers(); l++) {
          a[l] = new double[net.widths[l + 1]];
          if (l > 0) {
            h[l] = new double[net.widths[l]];
          }
        }
        double[] p = new double[classes];
        for (int e = from; e < to; e++) {
          net.forward(ts[e], w, members == 0 ? null : rng.split(member, e), h, a);
          ce.valueAndGradient(a[net.layers() - 1], 0, p);
          p[0] += 1.0; // valueAndGradient subtracted e_0; restore the softmax
          for (int k = 0; k < classes; k++) {
            probs[e][k] += p[k];
          }
        }
      });
    }
    int correct = 0;
    for (int e = 0; e < ts.length; e++) {
      int best = 0;
      for (int k = 1; k < classes; k++) {
        if (probs[e][k] > probs[e][best]) {
          best = k;
        }
      }
      correct += best == tys[e] ? 1 : 0;
    }
    return (double) correct / ts.length;
  }

  /** Input width, the hidden widths, number of classes. */
  static int[] widths(int[] hidden, LabeledData d) {
    int[] widths = new int[hidden.length + 2];
    widths[0] = d.dims();
    System.arraycopy(hidden, 0, widths, 1, hidden.length);
    widths[widths.length - 1] = d.classes();
    return widths;
  }

  /** Per-feature means of d: features are centered by the training data's. */
  static double[] featureMeans(LabeledData d) {
    double[] mean = new double[d.dims()];
    for (int i = 0; i < d.rows(); i++) {
      for (int k = 0; k < d.dims(); k++) {
        mean[k] += d.features()[i * d.dims() + k] / d.rows();
      }
    }
    return mean;
  }

  static double[][] centered(LabeledData d, double[] mean) {
    double[][] xs = new double[d.rows()][d.dims()];
    for (int i = 0; i < d.rows(); i++) {
      for (int k = 0; k < d.dims(); k++) {
        xs[i][k] = d.features()[i * d.dims() + k] - mean[k];
      }
    }
    return xs;
  }
}

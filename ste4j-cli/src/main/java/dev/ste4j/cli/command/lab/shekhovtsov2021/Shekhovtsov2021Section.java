package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.reproduce.PaperSection;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.lab.shekhovtsov2021.EnumerationBenchmark;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracy;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracyConfig;
import dev.ste4j.lab.shekhovtsov2021.ImageData;
import dev.ste4j.lab.shekhovtsov2021.LabeledData;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightConfig;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightTraining;
import dev.ste4j.lab.shekhovtsov2021.NoiseKind;
import dev.ste4j.nn.data.store.DataStore;
import java.util.Map;

/**
 * The Shekhovtsov &amp; Yanush (2021) part of {@code ste reproduce}: enumeration speed, estimator accuracy against exact
 * gradients (experiment a), and the latent-weight rules on MNIST (experiment b). Quick scale: a 12-unit SBN, and MNIST
 * reduced to 3,000 training / 1,000 test images and 4 epochs; full scale: a 16-unit SBN with logistic and with
 * uniform noise, and all of MNIST for 10 epochs. MNIST comes from the store, which fetches it when missing; where it
 * cannot be had, experiment (b) fails the section on one line after (a) has been written.
 */
public final class Shekhovtsov2021Section extends PaperSection {

  private final DataStore store;

  /** The section reading MNIST from {@code store}. */
  public Shekhovtsov2021Section(DataStore store) {
    super("shekhovtsov2021",
        "Shekhovtsov & Yanush (GCPR 2021) — Reintroducing Straight-Through Estimators as Principled Methods for "
            + "Stochastic Binary Networks");
    this.store = store;
  }

  @Override
  public void run(Scale scale, RunFolder run, Report.Section section) throws Exception {
    long seed = run.seed();
    boolean quick = scale == Scale.QUICK;

    EstimatorAccuracyConfig a = quick ? EstimatorAccuracyConfig.quick(seed) : EstimatorAccuracyConfig.full(seed);
    section.paragraph("Experiment (a), estimator accuracy; configuration:");
    section.keyValues(a.toMap());
    Shekhovtsov2021Figures.estimators(EstimatorAccuracy.run(a), run, section, name() + "-estimators");
    if (!quick) {
      // Uniform noise: the principled ST factor is the hard 1{|a| ≤ 1}, so st and hard_st coincide.
      EstimatorAccuracyConfig u = new EstimatorAccuracyConfig(a.widths(), NoiseKind.UNIFORM, a.noiseScale(),
          a.examples(), a.snapshots(), a.learningRate(), a.sampleCounts(), a.trials(), a.temperature(),
          a.relaxedSamples(), a.seed());
      section.paragraph("The same experiment with uniform noise on [−1, 1]:");
      Shekhovtsov2021Figures.estimators(EstimatorAccuracy.run(u), run, section, name() + "-estimators-uniform");
    }

    EnumerationSizes timed = quick ? EnumerationSizes.quick() : EnumerationSizes.full();
    Shekhovtsov2021Figures.enumeration(EnumerationBenchmark.run(timed.sizes(), timed.stMax(), seed), run, section,
        name() + "-enumeration");

    LatentWeightConfig b = quick ? LatentWeightConfig.quick(seed) : LatentWeightConfig.full(seed);
    section.paragraph("Experiment (b), latent-weight rules on MNIST; configuration:");
    Map<String, Object> bc = b.toMap();
    section.keyValues(bc);
    LabeledData[] mnist = ImageData.load("mnist", store);
    String note = quick
        ? "Quick scale: a reduced run (the first " + b.trainLimit() + " training and " + b.testLimit()
            + " test images, " + b.epochs() + " epochs), not the paper's; accuracies are far below full training."
        : "Full scale: all training and test images.";
    Shekhovtsov2021Figures.latent(LatentWeightTraining.run(b, mnist[0], mnist[1]), run, section,
        name() + "-latent", note);
  }
}

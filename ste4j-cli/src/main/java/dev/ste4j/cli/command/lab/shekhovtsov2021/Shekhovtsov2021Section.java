package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.reproduce.PaperSection;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.lab.shekhovtsov2021.EnumerationBenchmark;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracy;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracyConfig;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracyResult;
import dev.ste4j.lab.shekhovtsov2021.ImageData;
import dev.ste4j.lab.shekhovtsov2021.LabeledData;
import dev.ste4j.lab.shekhovtsov2021.LatentStudy;
import dev.ste4j.lab.shekhovtsov2021.LatentStudyConfig;
import dev.ste4j.lab.shekhovtsov2021.LatentStudyResult;
import dev.ste4j.lab.shekhovtsov2021.NoiseKind;
import dev.ste4j.lab.shekhovtsov2021.Shekhovtsov2021Claims;
import dev.ste4j.lab.shekhovtsov2021.StExactness;
import dev.ste4j.nn.data.store.DataStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The Shekhovtsov &amp; Yanush (2021) part of {@code ste reproduce}: where ST is exact, estimator accuracy against
 * exact gradients with real and with Bernoulli weights (experiment a), enumeration speed, and the latent-weight study
 * on MNIST and Fashion-MNIST (experiment b), then the claims' verdicts. Quick scale: 12-unit and 16-bit SBNs, and the
 * study reduced to 3,000 training images; full scale: a 16-unit SBN with logistic and with uniform noise, and the
 * study on the whole training sets. The data sets come from the store, which fetches them when missing; where one
 * cannot be had, experiment (b) fails the section on one line after (a) has been written.
 */
public final class Shekhovtsov2021Section extends PaperSection {

  private static final String CMD = "ste lab shekhovtsov2021 ";

  private final DataStore store;

  /** The section reading MNIST and Fashion-MNIST from {@code store}. */
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
    String scaleName = quick ? "quick (reduced)" : "full";
    introduction(section, seed, quick);

    section.subsection("Where ST is exact");
    StExactness exactness = StExactness.measure(8, seed);
    section.paragraph(String.format(java.util.Locale.ROOT, "On %d random SBNs [3, 4, 3] with "
        + "real weights (logistic noise of scale 1 and 0.5) the exact ST expectation differs from the exact "
        + "gradient by at most %.1e "
        + "(relative) with the affine loss −o_y, and by at least %.3g with cross-entropy.", exactness.trials(),
        exactness.affineError(), exactness.crossEntropyError()));
    section.claim(Shekhovtsov2021Claims.stExactWhenAffine(exactness, "8 random networks, exact enumeration"));

    List<EstimatorAccuracyResult> accuracy = new ArrayList<>();
    EstimatorAccuracyConfig a = quick ? EstimatorAccuracyConfig.quick(seed) : EstimatorAccuracyConfig.full(seed);
    section.subsection("(a) Estimator accuracy with real weights");
    section.foldedKeyValues("Configuration", a.toMap());
    EstimatorAccuracyResult real = EstimatorAccuracy.run(a);
    accuracy.add(real);
    String estimators = name() + "-estimators";
    Shekhovtsov2021Figures.estimators(real, run, section, estimators);
    rerun(section, run, CMD + "estimators --seed " + seed + (quick ? "" : " --widths 10,8,8,4 --examples 64 "
        + "--snapshots 0,200,1000,3000 --samples 1,4,16,64,256 --trials 100 --relaxed-samples 20000"), estimators);
    if (!quick) {
      // Uniform noise: the principled ST factor is the hard 1{|a| ≤ 1}, so st and hard_st coincide.
      section.subsection("(a) Estimator accuracy with uniform noise on [−1, 1]");
      String uniform = name() + "-estimators-uniform";
      Shekhovtsov2021Figures.estimators(EstimatorAccuracy.run(a.withNoise(NoiseKind.UNIFORM)), run, section,
          uniform);
      rerun(section, run, CMD + "estimators --seed " + seed + " --noise uniform --widths 10,8,8,4 --examples 64 "
          + "--snapshots 0,200,1000,3000 --samples 1,4,16,64,256 --trials 100 --relaxed-samples 20000", uniform);
    }
    EstimatorAccuracyConfig bern = EstimatorAccuracyConfig.quickBernoulli(seed);
    section.subsection("(a) Estimator accuracy with Bernoulli weights");
    section.paragraph("ST for weights: ∂w/∂η := 2F′(η).");
    section.foldedKeyValues("Configuration", bern.toMap());
    EstimatorAccuracyResult bernoulli = EstimatorAccuracy.run(bern);
    accuracy.add(bernoulli);
    String bernoulliName = name() + "-estimators-bernoulli";
    Shekhovtsov2021Figures.estimators(bernoulli, run, section, bernoulliName);
    rerun(section, run, CMD + "estimators --seed " + seed + " --bernoulli-weights --widths 2,2,2,2 --examples 8",
        bernoulliName);
    section.claim(Shekhovtsov2021Claims.stLessBiasedThanDeterministic(accuracy, scaleName + " estimator study"));
    section.claim(Shekhovtsov2021Claims.unbiasedCostVariance(accuracy, scaleName + " estimator study"));
    section.claim(Shekhovtsov2021Claims.identityBiased(accuracy, scaleName + " estimator study"));

    section.subsection("Enumeration time of the exact gradient");
    EnumerationSizes timed = quick ? EnumerationSizes.quick() : EnumerationSizes.full();
    String enumeration = name() + "-enumeration";
    Shekhovtsov2021Figures.enumeration(EnumerationBenchmark.run(timed.sizes(), timed.stMax(), seed), run, section,
        enumeration);
    rerun(section, run, CMD + "enumeration --seed " + seed + " --sizes " + joined(timed.sizes()) + " --st-max "
        + timed.stMax(), enumeration);

    LatentStudyConfig b = quick ? LatentStudyConfig.quick(seed) : LatentStudyConfig.full(seed);
    String note = quick
        ? "Quick scale: a reduced run (the first " + b.trainLimit() + " training and " + b.testLimit() + " test "
            + "images, " + b.epochs() + " epochs), not the paper's; accuracies are far below full training."
        : "Full scale: all training and test images.";
    List<LatentStudyResult> studies = new ArrayList<>();
    try {
      for (String d : ImageData.NAMES) {
        section.subsection("(b) Latent weights on " + d);
        section.foldedKeyValues("Configuration", b.toMap());
        LabeledData[] data = ImageData.load(d, store);
        LatentStudyResult r = LatentStudy.run(b, data[0], data[1]);
        studies.add(r);
        String study = name() + "-study-" + d;
        LatentStudyFigures.study(r, run, section, study, note);
        rerun(section, run, CMD + "study --seed " + seed + " --scale " + (quick ? "quick" : "full") + " --data " + d,
            study + "-sweep", study + "-curves");
      }
    } finally {
      section.claim(studies.isEmpty()
          ? dev.ste4j.lab.claim.Claim.notRun(Shekhovtsov2021Claims.PAPER, "mirror-descent-latent-weights",
              "Latent weights read as mirror descent train at least as well as SGD on the logits.", "",
              "the image data could not be loaded")
          : Shekhovtsov2021Claims.mirrorNotWorse(studies, quick
              ? "reduced: " + b.trainLimit() + " training images, " + b.epochs() + " epochs, " + b.seeds() + " seeds"
              : "whole training sets, " + b.epochs() + " epochs, " + b.seeds() + " seeds"));
    }
  }

  /** The command that reruns an experiment alone, and the data files it wrote ({@code name.csv}, {@code name.json}). */
  private static void rerun(Report.Section section, RunFolder run, String command, String... tables) {
    java.nio.file.Path[] files = new java.nio.file.Path[tables.length * 2];
    for (int i = 0; i < tables.length; i++) {
      files[2 * i] = run.dir().resolve(tables[i] + ".csv");
      files[2 * i + 1] = run.dir().resolve(tables[i] + ".json");
    }
    section.rerun(command, files);
  }

  private static void introduction(Report.Section s, long seed, boolean quick) {
    s.paragraph("What the paper claims: in a stochastic binary network (units x = sign(a − z), optionally Bernoulli "
        + "weights w = sign(η − z_w)) the straight-through estimator with the backward factor 2F′(a) = d/da E[x|a] is "
        + "a principled estimator of the expected-loss gradient — exact when the loss is affine in each unit, "
        + "biased but of low variance otherwise — unlike the empirical deterministic STEs; and latent weights with "
        + "the identity STE for weights are mirror descent on the weight probabilities. What this section tests: "
        + "(1) where ST is exact; (2) the bias, variance, RMSE and cosine of ST against the exact gradient, per "
        + "layer and along training, with real and with Bernoulli weights, beside hard ST, the deterministic STEs "
        + "(identity, clipped, tanh, ApproxSign), REINFORCE, ARM and Concrete; (3) mirror descent against SGD on "
        + "logits and projected SGD (BinaryConnect) on MNIST and Fashion-MNIST, step sizes by one validation sweep, "
        + "several seeds. The paper's own numbers were not available to the lab, so the verdicts judge its "
        + "statements, not its figures.");
    s.rerun("ste reproduce " + (quick ? "--quick" : "--full") + " --only shekhovtsov2021 --seed " + seed);
  }

  private static String joined(int[] v) {
    StringBuilder b = new StringBuilder();
    for (int x : v) {
      b.append(b.length() == 0 ? "" : ",").append(x);
    }
    return b.toString();
  }
}

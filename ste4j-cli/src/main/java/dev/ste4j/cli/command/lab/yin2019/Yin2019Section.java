package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.reproduce.PaperSection;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.lab.yin2019.AlignmentSurvey;
import dev.ste4j.lab.yin2019.AlignmentSurveyConfig;
import dev.ste4j.lab.yin2019.ConvergenceConfig;
import dev.ste4j.lab.yin2019.ConvergenceExperiment;
import dev.ste4j.lab.yin2019.InstabilityConfig;
import dev.ste4j.lab.yin2019.InstabilityExperiment;
import dev.ste4j.lab.yin2019.OneStepLossConfig;
import dev.ste4j.lab.yin2019.OneStepLossExperiment;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import dev.ste4j.lab.yin2019.deep.Table1Experiment;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.tensor.random.Rng;

/**
 * The Yin et al. (2019) part of {@code ste reproduce}: experiments (a)–(d) and the LeNet-5/MNIST rows of Table 1 at
 * the chosen scale, files prefixed {@code yin2019-}. Each experiment's seed is derived from the run's seed and the
 * experiment's index. Table 1 at quick scale is a reduced run ({@link #quickTable1}, about 40 s on two cores, labelled
 * as such in the report); at full scale it is the paper's 50-epoch schedule on all of MNIST (about 2.2 CPU-hours;
 * {@code ste reproduce --only yin2019 --full}). MNIST is read from the store, which fetches it when it is missing;
 * where it cannot be had (fetching off, no source reachable) the section fails on one line after experiments (a)–(d)
 * have been written. The CIFAR-10 rows and the Figure 2 protocol are {@code ste lab yin2019 table1|figure2} only.
 */
public final class Yin2019Section extends PaperSection {

  private static final String PREFIX = "yin2019-";

  private final DataStore store;

  /** The section reading MNIST from {@code store}. */
  public Yin2019Section(DataStore store) {
    super("yin2019",
        "Yin et al. (ICLR 2019) — Understanding Straight-Through Estimator in Training Activation Quantized Neural "
            + "Nets");
    this.store = store;
  }

  @Override
  public void run(Scale scale, RunFolder run, Report.Section section) throws Exception {
    Rng root = new Rng(run.seed()).split(2019);
    long[] seeds = new long[5];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = root.split(i).nextLong();
    }
    boolean quick = scale == Scale.QUICK;
    section.paragraph("The two-layer model y = vᵀσ(Zw) with binary activation σ(x) = 1{x>0} and Gaussian input, "
        + "trained with coarse gradients from the identity, ReLU and clipped-ReLU straight-through estimators. All "
        + "population quantities come from the paper's closed forms (Lemmas 1, 2, 4, 7, 9), which the test suite "
        + "checks against Monte Carlo, finite differences, and the engine's autograd (for Eq. 5). Then the deep "
        + "setting: the LeNet-5/MNIST rows of Table 1 (the CIFAR-10 rows and the Figure 2 protocol run with 'ste lab "
        + "yin2019 table1|figure2' where CIFAR-10 is present).");
    ConvergenceView.render(ConvergenceExperiment.run(
        quick ? ConvergenceConfig.quick(seeds[0]) : ConvergenceConfig.full(seeds[0])), run, section, PREFIX);
    InstabilityView.render(InstabilityExperiment.run(
        quick ? InstabilityConfig.quick(seeds[1]) : InstabilityConfig.full(seeds[1])), run, section, PREFIX);
    AlignmentView.render(AlignmentSurvey.run(
        quick ? AlignmentSurveyConfig.quick(seeds[2]) : AlignmentSurveyConfig.full(seeds[2])), run, section, PREFIX);
    Figure1View.render(OneStepLossExperiment.run(
        quick ? OneStepLossConfig.quick(seeds[3]) : OneStepLossConfig.full(seeds[3])), run, section, PREFIX);
    table1(scale, seeds[4], run, section, store);
  }

  /** The quick-scale Table 1: 5,000 training and 2,000 test images, 2 epochs per run, the float network 2 epochs. */
  static Table1Config quickTable1(long seed) {
    return Table1Config.paper(DeepNetwork.LENET5, seed).withEpochs(2).withPretrain(2, 0.1).withSubsets(5000, 2000);
  }

  /** Table 1's LeNet-5/MNIST rows from the data in {@code store}; see the class comment for a missing MNIST. */
  static void table1(Scale scale, long seed, RunFolder run, Report.Section section, DataStore store)
      throws Exception {
    Table1Config c = scale == Scale.QUICK ? quickTable1(seed) : Table1Config.paper(DeepNetwork.LENET5, seed);
    var data = DeepOptions.load(DeepNetwork.LENET5, store);
    var result = Table1Experiment.run(c, data, scale == Scale.QUICK ? line -> { } : System.err::println);
    section.paragraph(scale == Scale.QUICK
        ? "Table 1, LeNet-5 on MNIST, at REDUCED scale (quick): a small subset and 2 epochs per run, to show the "
            + "whole pipeline in under a minute. At this scale neither the accuracies nor the ordering of the STEs "
            + "can be expected to match the paper's; '--full' runs the paper's 50-epoch schedule on all of MNIST."
        : "Table 1, LeNet-5 on MNIST, at the paper's scale (50 epochs per run on all 60,000 training images).");
    Table1View.render(result, run, section, PREFIX);
  }
}

package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.lab.yin2019.AlignmentSurveyConfig;
import dev.ste4j.lab.yin2019.ConvergenceConfig;
import dev.ste4j.lab.yin2019.GapConfig;
import dev.ste4j.lab.yin2019.InstabilityConfig;
import dev.ste4j.lab.yin2019.OneStepLossConfig;
import dev.ste4j.lab.yin2019.YinSte;
import dev.ste4j.lab.yin2019.deep.Figure2Config;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code ste lab yin2019 …} command line that regenerates an experiment of the reproduce section: every option
 * written out, with the experiment's own seed, so the numbers come out bitwise the same. Doubles are written as
 * {@link Double#toString} writes them, which parses back to the same value.
 */
final class Yin2019Commands {

  private Yin2019Commands() {}

  static String convergence(ConvergenceConfig c) {
    return "ste lab yin2019 convergence --seed " + c.seed() + " --m " + c.m() + " --n " + c.n() + " --runs " + c.runs()
        + " --iterations " + c.iterations() + " --step-size " + c.stepSize() + " --empirical-runs " + c.empiricalRuns()
        + " --empirical-iterations " + c.empiricalIterations() + " --samples " + c.samples() + " --record-every "
        + c.recordEvery();
  }

  static String gap(GapConfig c) {
    return "ste lab yin2019 gap --seed " + c.seed() + " --m " + c.m() + " --n " + c.n() + " --runs " + c.runs()
        + " --iterations " + c.iterations() + " --step-size " + c.stepSize() + " --samples " + join(c.samples());
  }

  static String instability(InstabilityConfig c) {
    return "ste lab yin2019 instability --seed " + c.seed() + " --ms " + join(c.ms()) + " --n " + c.n()
        + " --iterations " + c.iterations() + " --step-size " + c.stepSize() + " --perturbation " + c.perturbation()
        + " --gaps " + join(c.gaps()) + " --record-every " + c.recordEvery();
  }

  static String alignment(AlignmentSurveyConfig c) {
    return "ste lab yin2019 alignment --seed " + c.seed() + " --points " + c.points() + " --max-m " + c.maxM()
        + " --max-n " + c.maxN() + " --min-norm-w " + c.minNormW() + " --max-norm-w " + c.maxNormW();
  }

  static String figure1(OneStepLossConfig c) {
    return "ste lab yin2019 figure1 --seed " + c.seed() + " --m " + c.m() + " --n " + c.n() + " --ste "
        + YinSte.key(c.ste()) + " --samples " + join(c.sampleSizes()) + " --max-step " + c.maxStep() + " --steps "
        + c.steps();
  }

  static String table1(Table1Config c) {
    return "ste lab yin2019 table1 --seed " + c.seed() + " --network " + c.network().key() + " --bits "
        + c.bits().stream().map(String::valueOf).collect(Collectors.joining(",")) + " --ste "
        + stes(c.stes()) + " --epochs " + c.epochs() + " --pretrain-epochs " + c.pretrainEpochs() + " --pretrain-lr "
        + c.pretrainLr() + " --batch " + c.batch() + " --lr " + c.lr() + " --momentum " + c.momentum()
        + " --weight-decay " + c.weightDecay() + " --train-limit " + c.trainSubset() + " --test-limit "
        + c.testSubset();
  }

  /** The figure2 command for the protocol repeated with each of {@code seeds}. */
  static String figure2(Figure2Config c, List<Long> seeds) {
    Table1Config m = c.minima();
    return "ste lab yin2019 figure2 --seeds " + seeds.stream().map(String::valueOf).collect(Collectors.joining(","))
        + " --network " + m.network().key() + " --bits " + c.bits() + " --ste " + stes(m.stes()) + " --continue-ste "
        + stes(c.continueStes()) + " --drift-epochs " + c.driftEpochs() + " --drift-lr " + c.driftLr()
        + " --then-epochs " + c.thenEpochs() + " --epochs " + m.epochs() + " --pretrain-epochs " + m.pretrainEpochs()
        + " --pretrain-lr " + m.pretrainLr() + " --batch " + m.batch() + " --lr " + m.lr() + " --momentum "
        + m.momentum() + " --weight-decay " + m.weightDecay() + " --train-limit " + m.trainSubset()
        + " --test-limit " + m.testSubset();
  }

  private static String stes(List<SteVariant> stes) {
    return stes.stream().map(SteVariant::key).collect(Collectors.joining(","));
  }

  private static String join(int[] values) {
    return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(","));
  }

  private static String join(double[] values) {
    return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(","));
  }
}

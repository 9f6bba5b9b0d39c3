package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.reproduce.PaperSection;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.jeong2025.DeviationConfig;
import dev.ste4j.lab.jeong2025.DeviationExperiment;
import dev.ste4j.lab.jeong2025.DeviationResult;
import dev.ste4j.lab.jeong2025.Jeong2025Claims;
import dev.ste4j.lab.jeong2025.Jeong2025DeviationClaim;
import dev.ste4j.lab.jeong2025.Jeong2025NonGaussianClaim;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.NonGaussianExperiment;
import dev.ste4j.lab.jeong2025.NonGaussianResult;
import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.lab.jeong2025.PhaseExperiment;
import dev.ste4j.lab.jeong2025.PhaseResult;
import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import dev.ste4j.lab.jeong2025.RecurrenceExperiment;
import dev.ste4j.lab.jeong2025.RecurrenceResult;
import dev.ste4j.lab.jeong2025.TrialRunner;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Path;

/**
 * Jeong, Xin and Yin (2025) in {@code ste reproduce}: the recovery phase diagram with thresholds and the fitted
 * exponent, recurrence under label noise, and the non-Gaussian comparison — the same experiments and report text as
 * {@code ste lab jeong2025 phase|recurrence|nongaussian}, at the chosen scale. Each experiment's seed is split from the
 * run seed by its name, so the three are independent of one another and of the other sections.
 */
public final class Jeong2025Section extends PaperSection {

  private static final long PHASE = 1;
  private static final long RECURRENCE = 2;
  private static final long NONGAUSSIAN = 3;
  private static final long NOISY_PHASE = 4;
  private static final long DEVIATION = 5;
  private static final long STES = 6;

  /** The section; its experiments need no data set. */
  public Jeong2025Section() {
    super("jeong2025",
        "Jeong, Xin & Yin (2025) — Beyond Discreteness: Finite-Sample Analysis of Straight-Through Estimator for "
            + "Quantization");
  }

  @Override
  public void run(Scale scale, RunFolder run, Report.Section section) throws Exception {
    Rng root = new Rng(run.seed());
    TrialRunner runner = new TrialRunner(Parallel.threads(), null);
    section.paragraph("What the paper claims (from its abstract; the full text was not available): the STE-gradient "
        + "method recovers the binary weights of a two-layer teacher–student network exactly from finitely many "
        + "samples, with a sample complexity polynomial in the dimension n (third-party summaries give O(n²) for the "
        + "averaged iterate and O(n⁴) for the last), and under label noise its iterates are recurrent: they leave the "
        + "optimum and keep returning to it.");
    section.paragraph("Tested here: the recovery threshold N*(n) at 50, 90 and 99 % recovery and its exponent "
        + "(phase diagram); the last against the averaged iterate under label noise, where they can differ; "
        + "recurrence under label noise; v2's non-Gaussian claim; and the quantity the proof controls, the uniform "
        + "deviation of the empirical STE gradient over all binary states. The teacher is a genuine two-layer network "
        + "by default: m = " + dev.ste4j.lab.jeong2025.ModelConfig.TWO_LAYER_UNITS + " hidden units sharing w* "
        + "(with m = 1 the second layer collapses to a single perceptron; --rows 1 keeps that reading). The lab is a "
        + "parameterised family containing the natural readings of the setting (binary weights w ∈ {±1}ⁿ and binary "
        + "activations, the coarse gradient of Yin et al. 2019, Eq. 5); every table states the configuration it ran "
        + "with, each claim states its scale, and each experiment ends with the command that reruns it alone. The "
        + "paper's own grid, trial counts and constants are not known here (its full text was not available): the "
        + "full scale is this lab's, not the paper's.");

    long phaseSeed = root.split(PHASE).nextLong();
    PhaseConfig phaseConfig = scale == Scale.QUICK ? PhaseConfig.quick(phaseSeed) : PhaseConfig.full(phaseSeed);
    section.subsection("Recovery phase diagram and sample complexity");
    PhaseResult phase = PhaseExperiment.run(phaseConfig, runner);
    Jeong2025PhaseReport.write(phase, run, section, "jeong2025-phase");
    rerun(section, run, Jeong2025Commands.phase(phaseConfig), "jeong2025-phase", "cells", "thresholds", "exponent");
    Jeong2025Claims.phase(phase).forEach(section::claim);

    long noisySeed = root.split(NOISY_PHASE).nextLong();
    PhaseConfig noisyConfig = scale == Scale.QUICK ? PhaseConfig.noisyQuick(noisySeed) : PhaseConfig.noisyFull(noisySeed);
    section.subsection("Last against averaged iterate under label noise");
    section.paragraph("Without label noise the gradient is exactly zero at w*, so once the last iterate reaches w* "
        + "it stays and the averaged iterate follows: the two thresholds above coincide up to noise and the O(n²) "
        + "against O(n⁴) contrast cannot show. With label noise of standard deviation "
        + noisyConfig.model().noiseStd() + " the last iterate keeps leaving w* (the recurrence below) while the "
        + "average settles, so here the two can differ.");
    PhaseResult noisy = PhaseExperiment.run(noisyConfig, runner);
    Jeong2025PhaseReport.write(noisy, run, section, "jeong2025-noisy-phase");
    section.paragraph(Jeong2025PhaseReport.sideBySide(phase, noisy));
    rerun(section, run, Jeong2025Commands.phase(noisyConfig), "jeong2025-noisy-phase", "cells", "thresholds",
        "exponent");
    section.claim(Jeong2025Claims.lastVersusAveraged(noisy));

    section.subsection("The STEs compared, the clipped ReLU's band scaled to the pre-activation");
    long steSeed = root.split(STES).nextLong();
    if (scale == Scale.QUICK) {
      Jeong2025SteComparison.write(32, java.util.List.of(64, 128, 256, 512), 12, steSeed, runner, run, section,
          "jeong2025-stes");
    } else {
      Jeong2025SteComparison.write(64, java.util.List.of(64, 128, 256, 512, 1024, 2048), 100, steSeed, runner, run,
          section, "jeong2025-stes");
    }

    long recurrenceSeed = root.split(RECURRENCE).nextLong();
    RecurrenceConfig recurrenceConfig = scale == Scale.QUICK ? RecurrenceConfig.quick(recurrenceSeed)
        : RecurrenceConfig.full(recurrenceSeed);
    section.subsection("Recurrence under label noise");
    RecurrenceResult recurrence = RecurrenceExperiment.run(recurrenceConfig, runner);
    Jeong2025RecurrenceReport.write(recurrence, run, section, "jeong2025-recurrence");
    rerun(section, run, Jeong2025Commands.recurrence(recurrenceConfig), "jeong2025-recurrence", "cells", "traces");
    section.claim(Jeong2025Claims.recurrence(recurrence));

    long nonGaussianSeed = root.split(NONGAUSSIAN).nextLong();
    NonGaussianConfig nonGaussianConfig = scale == Scale.QUICK ? NonGaussianConfig.quick(nonGaussianSeed)
        : NonGaussianConfig.full(nonGaussianSeed);
    section.subsection("Non-Gaussian inputs, without and with normalization (v2's claim)");
    NonGaussianResult nonGaussian = NonGaussianExperiment.run(nonGaussianConfig, runner);
    Jeong2025NonGaussianReport.write(nonGaussian, run, section, "jeong2025-nongaussian");
    rerun(section, run, Jeong2025Commands.nonGaussian(nonGaussianConfig), "jeong2025-nongaussian", "cells");
    NonGaussianConfig reluConfig = scale == Scale.QUICK ? NonGaussianConfig.reluQuick(nonGaussianSeed)
        : NonGaussianConfig.reluFull(nonGaussianSeed);
    section.subsection("Non-Gaussian inputs with the ReLU STE");
    section.paragraph("The identity STE above only needs more samples on raw shifted inputs. The same comparison "
        + "with the ReLU STE μ'(x) = 1{x > 0}, same seed and raw draws:");
    NonGaussianResult relu = NonGaussianExperiment.run(reluConfig, runner);
    Jeong2025NonGaussianReport.write(relu, run, section, "jeong2025-nongaussian-relu");
    rerun(section, run, Jeong2025Commands.nonGaussian(reluConfig), "jeong2025-nongaussian-relu", "cells");
    section.claim(Jeong2025NonGaussianClaim.of(java.util.List.of(nonGaussian, relu)));

    long deviationSeed = root.split(DEVIATION).nextLong();
    DeviationConfig deviationConfig = scale == Scale.QUICK ? DeviationConfig.quick(deviationSeed)
        : DeviationConfig.full(deviationSeed);
    section.subsection("The quantity the proof controls: uniform deviation of the STE gradient");
    DeviationResult deviation = DeviationExperiment.run(deviationConfig, runner);
    Jeong2025DeviationReport.write(deviation, run, section, "jeong2025-deviation");
    rerun(section, run, Jeong2025Commands.deviation(deviationConfig), "jeong2025-deviation", "cells", "needed");
    section.claim(Jeong2025DeviationClaim.of(deviation));
  }

  /** The command that reruns an experiment alone, and its tables' files ({@code prefix-name.csv} and {@code .json}). */
  private static void rerun(Report.Section section, RunFolder run, String command, String prefix, String... tables) {
    Path[] files = new Path[tables.length * 2];
    for (int i = 0; i < tables.length; i++) {
      files[2 * i] = run.dir().resolve(prefix + "-" + tables[i] + ".csv");
      files[2 * i + 1] = run.dir().resolve(prefix + "-" + tables[i] + ".json");
    }
    section.rerun(command, files);
  }
}

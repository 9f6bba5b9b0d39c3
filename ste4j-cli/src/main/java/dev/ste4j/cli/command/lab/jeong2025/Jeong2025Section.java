package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.reproduce.PaperSection;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.cli.report.RunFolder;
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
import java.util.Locale;

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
    section.paragraph("The paper's full text was not available: the lab is a parameterised family containing the "
        + "natural readings of its setting (two-layer teacher–student network with binary weights w ∈ {±1}ⁿ and binary "
        + "activations, trained by the STE-gradient method with the coarse gradient of Yin et al. 2019, Eq. 5). Every "
        + "table below states the configuration it ran with; 'ste lab jeong2025 …' runs any other one.");

    long phaseSeed = root.split(PHASE).nextLong();
    PhaseConfig phaseConfig = scale == Scale.QUICK ? PhaseConfig.quick(phaseSeed) : PhaseConfig.full(phaseSeed);
    PhaseResult phase = PhaseExperiment.run(phaseConfig, runner);
    section.paragraph(String.format(Locale.ROOT, "Recovery phase diagram: %d trials in %.1f s. Last iterate: %s. "
        + "Averaged iterate: %s.", phase.work().trials(), phase.work().wallSeconds(),
        Jeong2025Text.exponent(phase.last().exponent()), Jeong2025Text.exponent(phase.averaged().exponent())));
    Jeong2025PhaseReport.write(phase, run, section, "jeong2025-phase");

    long recurrenceSeed = root.split(RECURRENCE).nextLong();
    RecurrenceConfig recurrenceConfig = scale == Scale.QUICK ? RecurrenceConfig.quick(recurrenceSeed)
        : RecurrenceConfig.full(recurrenceSeed);
    section.paragraph("Recurrence under label noise.");
    Jeong2025RecurrenceReport.write(RecurrenceExperiment.run(recurrenceConfig, runner), run, section,
        "jeong2025-recurrence");

    long nonGaussianSeed = root.split(NONGAUSSIAN).nextLong();
    NonGaussianConfig nonGaussianConfig = scale == Scale.QUICK ? NonGaussianConfig.quick(nonGaussianSeed)
        : NonGaussianConfig.full(nonGaussianSeed);
    section.paragraph("Non-Gaussian inputs, without and with normalization.");
    NonGaussianResult nonGaussian = NonGaussianExperiment.run(nonGaussianConfig, runner);
    Jeong2025NonGaussianReport.write(nonGaussian, run, section, "jeong2025-nongaussian");
  }
}

package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.NoFetchOption;
import dev.ste4j.cli.command.train.TrainGridFile;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.NonGaussianSweep;
import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import dev.ste4j.lab.jeong2025.RecurrenceSweep;
import dev.ste4j.lab.shekhovtsov2021.Estimator;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracyConfig;
import dev.ste4j.lab.shekhovtsov2021.Estimators;
import dev.ste4j.lab.shekhovtsov2021.ImageData;
import dev.ste4j.lab.shekhovtsov2021.LatentStudyConfig;
import dev.ste4j.lab.shekhovtsov2021.LatentStudySweep;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightConfig;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The grids {@code ste sweep} knows by name, and the YAML grids of {@code ste train} runs. */
final class NamedGrids {

  /** Name → description, as {@code ste sweep --help} lists them. */
  static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();
  private static final Map<String, Factory> GRIDS = new LinkedHashMap<>();

  private static final int QUICK_TABLE1_SEEDS = 2;
  private static final int FULL_TABLE1_SEEDS = 3;

  /** What picks a named grid's configuration besides its name. */
  record Choice(boolean full, long seed, Path dataDir, boolean noFetch) {}

  @FunctionalInterface
  private interface Factory {
    SweepGrid<?, ?> make(Choice choice);
  }

  static {
    add("jeong2025-phase", "the recovery phase diagram of Jeong, Xin, Yin 2025, one cell per trial (n, N, t): "
        + new PhaseGrid(PhaseConfig.quick(0), "quick").sweep().cells().size() + " cells quick, "
        + new PhaseGrid(PhaseConfig.full(0), "full").sweep().cells().size() + " full",
        o -> new PhaseGrid(o.full() ? PhaseConfig.full(o.seed()) : PhaseConfig.quick(o.seed()),
            o.full() ? "full" : "quick"));
    add("jeong2025-nongaussian", "exact recovery per input distribution, raw and standardised (Jeong, Xin, Yin "
        + "2025), one cell per trial: " + new NonGaussianSweep(NonGaussianConfig.quick(0)).cells().size()
        + " cells quick, " + new NonGaussianSweep(NonGaussianConfig.full(0)).cells().size() + " full",
        o -> new NonGaussianGrid(o.full() ? NonGaussianConfig.full(o.seed()) : NonGaussianConfig.quick(o.seed()),
            o.full() ? "full" : "quick"));
    add("jeong2025-recurrence", "recurrence under label noise (Jeong, Xin, Yin 2025), one cell per trial (s, N, t): "
        + new RecurrenceSweep(RecurrenceConfig.quick(0)).cells().size() + " cells quick, "
        + new RecurrenceSweep(RecurrenceConfig.full(0)).cells().size() + " full",
        o -> new RecurrenceGrid(o.full() ? RecurrenceConfig.full(o.seed()) : RecurrenceConfig.quick(o.seed()),
            o.full() ? "full" : "quick"));
    add("shekhovtsov2021-estimators", "gradient estimators against exact gradients (Shekhovtsov 2021), one cell per "
        + "(snapshot, estimator): " + estimators(false, 0).sweep().cells().size() + " cells quick, "
        + estimators(true, 0).sweep().cells().size() + " full", o -> estimators(o.full(), o.seed()));
    add("yin2019-table1", "Table 1 of Yin et al. 2019 (LeNet-5 on MNIST) over seeds, one cell per seed for the float"
        + " network and per (seed, bits, STE): " + table1(new Choice(false, 0, Path.of("."), true)).sweep().cells()
        .size() + " cells quick (" + QUICK_TABLE1_SEEDS + " seeds, 2 epochs on 5000 images), "
        + table1(new Choice(true, 0, Path.of("."), true)).sweep().cells().size() + " full (" + FULL_TABLE1_SEEDS
        + " seeds, the paper's 50 epochs on all of MNIST); --data-dir DIR holds mnist/", NamedGrids::table1);
    for (String d : ImageData.NAMES) {
      add("shekhovtsov2021-study-" + d, "the latent-weight study on " + d + " (Shekhovtsov 2021), one cell per "
          + "validation run (rule, rate) and per training run (rule, seed): "
          + new LatentStudySweep(LatentStudyConfig.quick(0), null).cells().size() + " cells quick, "
          + new LatentStudySweep(LatentStudyConfig.full(0), null).cells().size() + " full", o -> latentStudy(d, o));
      add("shekhovtsov2021-latent-" + d, "the latent-weight rules on " + d + " (Shekhovtsov 2021), one cell per rule: "
          + LatentWeightConfig.quick(0).rules().size() + " cells (quick: " + LatentWeightConfig.quick(0).epochs()
          + " epochs on 3000 images; full: " + LatentWeightConfig.full(0).epochs() + " on all)",
          o -> new LatentGrid(o.full() ? LatentWeightConfig.full(o.seed()) : LatentWeightConfig.quick(o.seed()), d,
              o.full() ? "full" : "quick", dataFolder(o), o.noFetch()));
    }
  }

  /** The study of {@code ste lab shekhovtsov2021 study --data DATASET} at its quick or full scale. */
  private static SweepGrid<?, ?> latentStudy(String dataset, Choice o) {
    return new LatentStudyGrid(o.full() ? LatentStudyConfig.full(o.seed()) : LatentStudyConfig.quick(o.seed()),
        dataset, o.full() ? "full" : "quick", dataFolder(o), o.noFetch());
  }

  /** The data folder: --data-dir, or the default one. */
  private static Path dataFolder(Choice o) {
    return NoFetchOption.store(o.dataDir(), true, new PrintWriter(Writer.nullWriter())).root();
  }

  /**
   * Table 1 on LeNet-5: quick is the reduced scale of {@code ste reproduce --quick} (2 epochs per run, the float
   * network 2 epochs at 0.1, 5000 training and 2000 test images), full the paper's schedule; seeds SEED, SEED + 1, ….
   */
  private static SweepGrid<?, ?> table1(Choice o) {
    Table1Config paper = Table1Config.paper(DeepNetwork.LENET5, o.seed());
    Table1Config c = o.full() ? paper : paper.withEpochs(2).withPretrain(2, 0.1).withSubsets(5000, 2000);
    List<Long> seeds = new ArrayList<>();
    for (int k = 0; k < (o.full() ? FULL_TABLE1_SEEDS : QUICK_TABLE1_SEEDS); k++) {
      seeds.add(o.seed() + k);
    }
    return new Table1Grid(c, seeds, o.full() ? "full" : "quick", dataFolder(o), o.noFetch());
  }

  private NamedGrids() {}

  /** The estimators of {@code ste lab shekhovtsov2021 estimators} by default, on its quick or full scale. */
  private static SweepGrid<?, ?> estimators(boolean full, long seed) {
    EstimatorAccuracyConfig c = full ? EstimatorAccuracyConfig.full(seed) : EstimatorAccuracyConfig.quick(seed);
    return new EstimatorsGrid(c, Estimators.standard(c.temperature()).stream().map(Estimator::name).toList(),
        full ? "full" : "quick");
  }

  private static void add(String name, String description, Factory grid) {
    DESCRIPTIONS.put(name, description);
    GRIDS.put(name, grid);
  }

  /** The grid {@code spec} names: a name of {@link #DESCRIPTIONS}, or a YAML file of a ste train grid. */
  static SweepGrid<?, ?> resolve(String spec, Choice choice) {
    Factory named = GRIDS.get(spec);
    if (named != null) {
      return named.make(choice);
    }
    if (spec.endsWith(".yaml") || spec.endsWith(".yml")) {
      Path file = Path.of(spec);
      return new TrainGrid(file, TrainGridFile.read(file));
    }
    throw new UserError("unknown grid '" + spec + "'; known: " + String.join(", ", GRIDS.keySet())
        + ", or a ste train grid FILE.yaml");
  }
}

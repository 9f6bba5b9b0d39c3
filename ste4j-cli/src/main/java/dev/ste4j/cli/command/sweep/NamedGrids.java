package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.train.TrainGridFile;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.NonGaussianSweep;
import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import dev.ste4j.lab.jeong2025.RecurrenceSweep;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** The grids {@code ste sweep} knows by name, and the YAML grids of {@code ste train} runs. */
final class NamedGrids {

  /** Name → description, as {@code ste sweep --help} lists them. */
  static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();
  private static final Map<String, BiFunction<Boolean, Long, SweepGrid<?, ?>>> GRIDS = new LinkedHashMap<>();

  static {
    add("jeong2025-phase", "the recovery phase diagram of Jeong, Xin, Yin 2025, one cell per trial (n, N, t): "
        + new PhaseGrid(PhaseConfig.quick(0), "quick").sweep().cells().size() + " cells quick, "
        + new PhaseGrid(PhaseConfig.full(0), "full").sweep().cells().size() + " full",
        (full, seed) -> new PhaseGrid(full ? PhaseConfig.full(seed) : PhaseConfig.quick(seed),
            full ? "full" : "quick"));
    add("jeong2025-nongaussian", "exact recovery per input distribution, raw and standardised (Jeong, Xin, Yin "
        + "2025), one cell per trial: " + new NonGaussianSweep(NonGaussianConfig.quick(0)).cells().size()
        + " cells quick, " + new NonGaussianSweep(NonGaussianConfig.full(0)).cells().size() + " full",
        (full, seed) -> new NonGaussianGrid(full ? NonGaussianConfig.full(seed) : NonGaussianConfig.quick(seed),
            full ? "full" : "quick"));
    add("jeong2025-recurrence", "recurrence under label noise (Jeong, Xin, Yin 2025), one cell per trial (s, N, t): "
        + new RecurrenceSweep(RecurrenceConfig.quick(0)).cells().size() + " cells quick, "
        + new RecurrenceSweep(RecurrenceConfig.full(0)).cells().size() + " full",
        (full, seed) -> new RecurrenceGrid(full ? RecurrenceConfig.full(seed) : RecurrenceConfig.quick(seed),
            full ? "full" : "quick"));
  }

  private NamedGrids() {}

  private static void add(String name, String description, BiFunction<Boolean, Long, SweepGrid<?, ?>> grid) {
    DESCRIPTIONS.put(name, description);
    GRIDS.put(name, grid);
  }

  /** The grid {@code spec} names: a name of {@link #DESCRIPTIONS}, or a YAML file of a ste train grid. */
  static SweepGrid<?, ?> resolve(String spec, boolean full, long seed) {
    BiFunction<Boolean, Long, SweepGrid<?, ?>> named = GRIDS.get(spec);
    if (named != null) {
      return named.apply(full, seed);
    }
    if (spec.endsWith(".yaml") || spec.endsWith(".yml")) {
      Path file = Path.of(spec);
      return new TrainGrid(file, TrainGridFile.read(file));
    }
    throw new UserError("unknown grid '" + spec + "'; known: " + String.join(", ", GRIDS.keySet())
        + ", or a ste train grid FILE.yaml");
  }
}

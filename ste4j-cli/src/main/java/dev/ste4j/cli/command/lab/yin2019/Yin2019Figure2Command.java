package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.UserError;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.Figure2Claims;
import dev.ste4j.lab.yin2019.deep.Figure2Config;
import dev.ste4j.lab.yin2019.deep.Figure2Experiment;
import dev.ste4j.lab.yin2019.deep.Figure2Result;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab yin2019 figure2}: the Figure 2 protocol — train the ReLU and clipped-ReLU minima, continue each with
 * the identity STE (or each of {@code --continue-ste}) at lr 1e-5, then with the normal schedule, once per
 * {@code --seeds} seed, and judge the drift ({@link Figure2Claims}). Defaults are the paper's (20 epochs at 1e-5, then
 * the network's full schedule).
 */
@Command(defaultValueProvider = Yin2019Figure2Command.Defaults.class,
    name = "figure2", mixinStandardHelpOptions = true,
    description = {"Figure 2: from the minima found with the ReLU and clipped-ReLU STEs, continue with the identity "
        + "STE (or those of --continue-ste) at a tiny learning rate, then with the normal schedule; training loss and "
        + "test error per epoch, and whether each curve drifted (the rule is in the report).",
        "--epochs sets the minima's training, --then-epochs the normal-schedule phase. Progress goes to stderr."})
public final class Yin2019Figure2Command implements Callable<Integer> {

  @Mixin LabRun lab;
  @Mixin DeepOptions deep;
  @Spec CommandSpec spec;

  @Option(names = "--bits", paramLabel = "B",
      description = "Activation bit width of the minima (default: ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--ste", split = ",", paramLabel = "NAME",
      description = "STEs that find the starting minima (default: ${DEFAULT-VALUE}).")
  List<String> stes;

  @Option(names = "--continue-ste", split = ",", paramLabel = "NAME",
      description = "STEs the training continues with from each minimum: identity (the paper's Figure 2), relu "
          + "(its Figure 4), clipped_relu; one curve per minimum and STE (default: ${DEFAULT-VALUE}).")
  List<String> continueStes;

  @Option(names = "--seeds", split = ",", paramLabel = "SEED",
      description = "Repeat the whole protocol (minima included) with each of these root seeds, in place of --seed; "
          + "the verdict on each claim needs at least 3 (default: --seed only).")
  List<Long> seeds;

  @Option(names = "--drift-epochs", paramLabel = "K",
      description = "Epochs with the identity STE at the tiny rate (default: ${DEFAULT-VALUE}).")
  int driftEpochs;

  @Option(names = "--drift-lr", paramLabel = "RATE",
      description = "The tiny learning rate (default: ${DEFAULT-VALUE}).")
  double driftLr;

  @Option(names = "--then-epochs", paramLabel = "N",
      description = "Epochs of the normal schedule afterwards, 0 to stop after the drift (default: the paper's).")
  Integer thenEpochs;

  @Option(names = "--from", paramLabel = "RUN_DIR",
      description = "Start from the minima kept by this 'table1' run folder (its table1-<b>bit-<ste>.ckpt files) "
          + "instead of training them; give the same --seed and subsets to continue on the same data.")
  Path from;

  @Override
  public Integer call() throws Exception {
    Table1Config minima = deep.config(lab.seed, List.of(bits), DeepOptions.stes(stes));
    Figure2Config c = new Figure2Config(minima, DeepOptions.stes(continueStes), driftEpochs, driftLr,
        thenEpochs != null ? thenEpochs : minima.network().schedule().epochs());
    List<Long> repeats = seeds == null || seeds.isEmpty() ? List.of(lab.seed) : List.copyOf(seeds);
    if (repeats.stream().distinct().count() != repeats.size()) {
      throw new UserError("--seeds: each seed once, got " + repeats);
    }
    if (from != null && repeats.size() > 1) {
      throw new UserError("--from loads one Table 1 run's minima; it cannot be combined with several --seeds");
    }
    Map<String, Object> config = DeepOptions.describe(minima);
    config.put("continueSte", c.continueStes().stream().map(SteVariant::key).toList());
    config.put("seeds", repeats);
    config.put("driftEpochs", driftEpochs);
    config.put("driftLr", driftLr);
    config.put("thenEpochs", c.thenEpochs());
    if (from != null) {
      Figure2Experiment.requireCheckpoints(c, from);
      config.put("from", from.toAbsolutePath().toString());
    }
    config.put("rerun", Yin2019Commands.figure2(c, repeats));
    try (Parallel.Scope threads = deep.threadScope()) {
      PrintWriter err = spec.commandLine().getErr();
      TrainTest data = deep.data(err);
      return lab.execute("lab yin2019 figure2", "Yin et al. (2019) — Figure 2 protocol, " + minima.network().label(),
          config, spec.commandLine().getOut(), (folder, section) -> {
            java.util.function.Consumer<String> log = line -> {
              err.println(line);
              err.flush();
            };
            List<Figure2Result> r = from == null ? Figure2Experiment.runSeeds(c, repeats, data, log)
                : List.of(Figure2Experiment.runFrom(c.withSeed(repeats.get(0)), data, from, log));
            Figure2View.render(r, folder, section, "");
            Figure2Claims.of(r).forEach(section::claim);
            return Figure2View.summary(r);
          });
    }
  }

  /** The option defaults: the paper's protocol, {@link Figure2Config#paper}. */
  static final class Defaults extends DeepOptions.Defaults {
    Defaults() {
      super(Figure2Config.paper(DeepNetwork.LENET5, 0));
    }
  }
}

package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.Figure2Config;
import dev.ste4j.lab.yin2019.deep.Figure2Experiment;
import dev.ste4j.lab.yin2019.deep.Figure2Result;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import dev.ste4j.nn.data.TrainTest;
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
 * the identity STE at lr 1e-5, then with the normal schedule. Defaults are the paper's (20 epochs at 1e-5, then the
 * network's full schedule).
 */
@Command(defaultValueProvider = Yin2019Figure2Command.Defaults.class,
    name = "figure2", mixinStandardHelpOptions = true,
    description = {"Figure 2: from the minima found with the ReLU and clipped-ReLU STEs, continue with the identity "
        + "STE at a tiny learning rate, then with the normal schedule; training loss and test error per epoch.",
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
    Figure2Config c = new Figure2Config(minima, driftEpochs, driftLr,
        thenEpochs != null ? thenEpochs : minima.network().schedule().epochs());
    Map<String, Object> config = DeepOptions.describe(minima);
    config.put("driftEpochs", driftEpochs);
    config.put("driftLr", driftLr);
    config.put("thenEpochs", c.thenEpochs());
    if (from != null) {
      Figure2Experiment.requireCheckpoints(c, from);
      config.put("from", from.toAbsolutePath().toString());
    }
    try (Parallel.Scope threads = deep.threadScope()) {
      PrintWriter err = spec.commandLine().getErr();
      TrainTest data = deep.data(err);
      return lab.execute("lab yin2019 figure2", "Yin et al. (2019) — Figure 2 protocol, " + minima.network().label(),
          config, spec.commandLine().getOut(), (folder, section) -> {
            java.util.function.Consumer<String> log = line -> {
              err.println(line);
              err.flush();
            };
            Figure2Result r = from == null ? Figure2Experiment.run(c, data, log)
                : Figure2Experiment.runFrom(c, data, from, log);
            Figure2View.render(r, folder, section, "");
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

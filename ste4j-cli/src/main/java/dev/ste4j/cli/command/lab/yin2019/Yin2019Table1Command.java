package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.UserError;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.SeedSpread;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import dev.ste4j.lab.yin2019.deep.Table1Experiment;
import dev.ste4j.lab.yin2019.deep.Table1Result;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab yin2019 table1}: the paper's Table 1 for one network. Defaults are the paper's scale (LeNet-5: 50
 * epochs per run, about 2.2 CPU-hours for the six rows, measured); {@code --epochs} and the subsets make short runs.
 * Each network's final state is kept in the run folder ({@code table1-<b>bit-<ste>.ckpt}, {@code table1-float.ckpt})
 * for {@code figure2 --from}.
 */
@Command(defaultValueProvider = Yin2019Table1Command.Defaults.class,
    name = "table1", mixinStandardHelpOptions = true,
    description = {"Table 1: quantized-activation networks (2/4 bits, float weights, BN without affine) started from "
        + "a pre-trained float network and trained with the identity, ReLU and clipped-ReLU STEs; our numbers beside "
        + "the paper's.",
        "Defaults are the paper's Table 2 schedule (lenet5: 50 epochs; vgg11/resnet20: 200). Progress goes to stderr."})
public final class Yin2019Table1Command implements Callable<Integer> {

  @Mixin LabRun lab;
  @Mixin DeepOptions deep;
  @Spec CommandSpec spec;

  @Option(names = "--bits", split = ",", paramLabel = "B",
      description = "Activation bit widths: 1, 2, 4 (default: ${DEFAULT-VALUE}).")
  List<Integer> bits;

  @Option(names = "--ste", split = ",", paramLabel = "NAME",
      description = "STEs (default: ${DEFAULT-VALUE}).")
  List<String> stes;

  @Option(names = "--seeds", split = ",", paramLabel = "SEED",
      description = "Repeat the table with each of these root seeds, in place of --seed, and report each row's mean "
          + "± standard deviation beside the binomial standard error (default: --seed only).")
  List<Long> seeds;

  @Override
  public Integer call() throws Exception {
    Table1Config c = deep.config(lab.seed, bits, DeepOptions.stes(stes));
    if (seeds != null && seeds.size() == 1) {
      // One seed would silently run --seed's instead; say how to run one.
      throw new UserError("--seeds takes two or more seeds (got " + seeds.get(0) + "); for one, give --seed "
          + seeds.get(0));
    }
    if (seeds != null) {
      return repeated(c);
    }
    try (Parallel.Scope threads = deep.threadScope()) {
      PrintWriter err = spec.commandLine().getErr();
      TrainTest data = deep.data(err);
      return lab.execute("lab yin2019 table1", "Yin et al. (2019) — Table 1, " + c.network().label(),
          DeepOptions.describe(c), spec.commandLine().getOut(), (folder, section) -> {
            Table1Result r = Table1Experiment.run(c, data, line -> {
              err.println(line);
              err.flush();
            }, folder.dir());
            Table1View.render(r, folder, section, "");
            return Table1View.summary(r);
          });
    }
  }

  /** The table once per seed of --seeds, each seed's checkpoints in its own subfolder, then the spread over seeds. */
  private int repeated(Table1Config c) throws Exception {
    if (seeds.stream().distinct().count() != seeds.size()) {
      throw new UserError("--seeds: each seed once, got " + seeds);
    }
    java.util.Map<String, Object> config = DeepOptions.describe(c);
    config.put("seeds", seeds);
    try (Parallel.Scope threads = deep.threadScope()) {
      PrintWriter err = spec.commandLine().getErr();
      TrainTest data = deep.data(err);
      return lab.execute("lab yin2019 table1", "Yin et al. (2019) — Table 1, " + c.network().label() + ", "
          + seeds.size() + " seeds", config, spec.commandLine().getOut(), (folder, section) -> {
            List<Table1Result> runs = new java.util.ArrayList<>();
            for (long s : seeds) {
              java.nio.file.Path dir = java.nio.file.Files.createDirectories(folder.dir().resolve("seed" + s));
              runs.add(Table1Experiment.run(c.withSeed(s), data, line -> {
                err.println(line);
                err.flush();
              }, dir));
            }
            Table1Result first = runs.get(0);
            String sizes = c.trainSubset() > 0 || c.testSubset() > 0
                ? first.trainSize() + " training / " + first.testSize() + " test images"
                : "whole training and test sets (" + first.trainSize() + " / " + first.testSize() + ")";
            SeedSpreadView.render(c.network(), SeedSpread.of(runs), first.testSize(),
                SeedSpreadView.scale(c.epochs(), c.network().schedule().epochs(), sizes, runs.size()), folder, section,
                "");
            for (Table1Result r : runs) {
              section.paragraph("Seed " + r.config().seed() + ":");
              Table1View.render(r, folder, section, "seed" + r.config().seed() + "-");
            }
            return Table1View.summary(runs.get(0)) + " (seed " + seeds.get(0) + " of " + seeds.size() + ")";
          });
    }
  }

  /** The option defaults: the paper's protocol, {@link Table1Config#paper}. */
  static final class Defaults extends DeepOptions.Defaults {
    Defaults() {
      super(Table1Config.paper(DeepNetwork.LENET5, 0));
    }
  }
}

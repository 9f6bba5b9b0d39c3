package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.ThreadsOption;
import dev.ste4j.cli.command.data.DataSourceOptions;
import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.cli.command.lab.SubsetOptions;
import dev.ste4j.lab.yin2019.deep.DeepData;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code ste lab yin2019 table1} and {@code figure2} share: the network, the training of each quantized
 * network and of the float network it starts from (every default is the paper's Table 2 setting, see
 * {@link Table1Config#paper}), reduced-scale subsets, the data folder and threads. Also reads the data, failing with
 * one clear line (exit code 2, before anything is written) when the dataset is not there.
 */
final class DeepOptions {

  @Option(names = "--network", paramLabel = "NAME",
      description = "lenet5 (MNIST), vgg11 or resnet20 (CIFAR-10) (default: ${DEFAULT-VALUE}).")
  String network;

  @Option(names = "--epochs", paramLabel = "N",
      description = "Epochs of each quantized run (default: the paper's, 50 for lenet5, 200 for the CIFAR-10 "
          + "networks); the milestones scale proportionally.")
  Integer epochs;

  @Option(names = "--pretrain-epochs", paramLabel = "N",
      description = "Epochs of the float network's training (default: a fifth of the paper's epochs).")
  Integer pretrainEpochs;

  @Option(names = "--pretrain-lr", paramLabel = "RATE",
      description = "Initial learning rate of the float network (default: the paper's rate).")
  Double pretrainLr;

  @Option(names = "--batch", paramLabel = "N", description = "Mini-batch size (default: the paper's, 64 or 128).")
  Integer batch;

  @Option(names = "--lr", paramLabel = "RATE",
      description = "Initial learning rate of the quantized runs (default: the paper's, 0.1 or 0.01).")
  Double lr;

  @Option(names = "--momentum", paramLabel = "MU",
      description = "SGD momentum (default: ${DEFAULT-VALUE}).")
  double momentum;

  @Option(names = "--weight-decay", paramLabel = "LAMBDA",
      description = "L2 weight decay, not stated in the paper (default: ${DEFAULT-VALUE}).")
  double weightDecay;

  @Mixin SubsetOptions subsets;

  @Mixin DataSourceOptions source;

  @Mixin ThreadsOption threads;

  DeepNetwork network() {
    return DeepNetwork.parse(network);
  }

  /**
   * The option defaults of {@code table1} and {@code figure2} that do not depend on the network, read from the paper's
   * setting ({@code config}: {@link Table1Config#paper} or {@code Figure2Config#paper} for LeNet-5); the epochs, batch
   * and learning rates not given are the chosen network's (see {@link #config}).
   */
  abstract static class Defaults extends ConfigDefaults {
    Defaults(Record config) {
      super(config, new String[] {"--ste=stes", "--train-limit=trainSubset", "--test-limit=testSubset",
          "--continue-ste=continueStes"});
      without("--epochs", "--batch", "--lr", "--pretrain-epochs", "--pretrain-lr", "--then-epochs");
    }
  }

  /** The paper's setting for the network, with every option given on the command line applied. */
  Table1Config config(long seed, List<Integer> bits, List<SteVariant> stes) {
    Table1Config c = Table1Config.paper(network(), seed).withBits(bits).withStes(stes);
    if (epochs != null) {
      c = c.withEpochs(epochs);
    }
    c = c.withPretrain(pretrainEpochs != null ? pretrainEpochs : c.pretrainEpochs(),
        pretrainLr != null ? pretrainLr : c.pretrainLr());
    if (batch != null) {
      c = c.withBatch(batch);
    }
    if (lr != null) {
      c = c.withLr(lr);
    }
    return new Table1Config(c.network(), c.bits(), c.stes(), c.epochs(), c.batch(), c.lr(), momentum, weightDecay,
        c.pretrainEpochs(), c.pretrainLr(), subsets.train, subsets.test, seed);
  }

  /** Sets the kernel threads to --threads (if given) until the scope is closed. */
  Parallel.Scope threadScope() {
    return threads.scope();
  }

  /**
   * Reads the network's dataset, fetching it when missing unless {@code --no-fetch}; a dataset that cannot be had, or
   * a broken one, is one line naming it and how to get it.
   */
  TrainTest data(PrintWriter err) {
    return load(network(), source.store(err));
  }

  static TrainTest load(DeepNetwork net, DataStore store) {
    try {
      return DeepData.load(net, store);
    } catch (DatasetUnavailableException e) {
      if (net.dataset().equals("cifar10")) {
        throw new UserError("CIFAR-10 is not in " + store.root() + " and could not be fetched: put data_batch_1.bin "
            + "... data_batch_5.bin and test_batch.bin (the binary version) in " + store.root().resolve("cifar10")
            + " or pass their folder with --data-dir (see docs/DATA.md)", e);
      }
      throw new UserError(e.getMessage(), e);
    } catch (DataFileException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError(net.dataset() + ": " + e.getMessage(), e);
    }
  }

  /** Parses the STE list (identity, relu, clipped_relu). */
  static List<SteVariant> stes(List<String> names) {
    return names.stream().map(n -> SteVariant.parse("--ste", n.trim())).toList();
  }

  /** The configuration as written into run.json. */
  static Map<String, Object> describe(Table1Config c) {
    Map<String, Object> m = c.toMap();
    m.put("threads", Parallel.threads());
    return m;
  }
}

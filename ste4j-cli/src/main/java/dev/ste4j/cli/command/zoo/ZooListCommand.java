package dev.ste4j.cli.command.zoo;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ste zoo list}: each entry with its anchor and what its runs measured (or that it is not trained yet). */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the zoo's entries: dataset, published anchor, measured accuracy (mean ± sd over seeds), size.")
public final class ZooListCommand implements Runnable {

  @Mixin ZooDirOption source;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    Zoo zoo = source.zoo();
    PrintWriter out = spec.commandLine().getOut();
    for (ZooEntry e : zoo.entries()) {
      Optional<ZooCard> card = zoo.card(e);
      out.printf(Locale.ROOT, "%s  (%s, recipe %s)%n", e.name(), e.data(), e.recipe());
      out.printf(Locale.ROOT, "  anchor %.2f %%: %s%n", e.anchor(), e.anchorSource());
      if (!Double.isNaN(e.target())) {
        out.printf(Locale.ROOT, "  target %.2f %%%n", e.target());
      }
      out.println(card.map(ZooListCommand::measured).orElse("  not trained yet: train it with ste train --config zoo/"
          + e.recipe() + " --seed S, then ste zoo add " + e.name() + " RUN_DIR…"));
    }
    out.flush();
  }

  /** The card in two lines: accuracy over seeds and the shipped file. */
  static String measured(ZooCard c) {
    String seeds = String.join(", ", c.runs().stream().map(r -> String.format(Locale.ROOT, "seed %d %.2f %%",
        r.seed(), 100 * r.testAccuracy())).toList());
    return String.format(Locale.ROOT, "  measured %.2f ± %.2f %% over %d seed%s (%s; %d epochs, %.0f s of training)%n"
            + "  ships seed %d: %,d bytes, test accuracy %.2f %% on %,d images, sha256 %s", 100 * c.meanAccuracy(),
        100 * c.sdAccuracy(), c.runs().size(), c.runs().size() == 1 ? "" : "s", seeds, c.runs().get(0).epochs(),
        c.seconds(), c.shippedSeed(), c.bytes(), 100 * c.fileAccuracy(), c.testSamples(), c.sha256());
  }
}

package dev.ste4j.cli.command.zoo;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.report.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ste zoo get NAME [--out FILE]}: writes the entry's trained bit-packed model (checked against its card's
 * SHA-256) for {@code ste eval FILE}, {@code ExportedModel.load} or {@code ste export}; {@code --recipe} writes the
 * recipe's config instead. An existing file is kept unless {@code --force}.
 */
@Command(name = "get", mixinStandardHelpOptions = true,
    description = "Write a zoo entry's trained bit-packed model (or with --recipe its ste train config).")
public final class ZooGetCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", description = "The entry (see ste zoo list).")
  String name;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default NAME.ste, or NAME.yaml"
      + " with --recipe, in the current folder).")
  Path out;

  @Option(names = "--recipe", description = "Write the recipe (a ste train config) instead of the model.")
  boolean recipe;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Mixin ZooDirOption source;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Zoo zoo = source.zoo();
    ZooEntry e = zoo.entry(name);
    byte[] bytes;
    String what;
    if (recipe) {
      bytes = zoo.recipe(e).getBytes(StandardCharsets.UTF_8);
      what = "recipe";
    } else {
      bytes = zoo.model(e).orElseThrow(() -> new UserError(name + " has no trained model in " + zoo.where()
          + " yet; train it with ste train --config zoo/" + e.recipe() + " (docs/ZOO.md)"));
      ZooCard card = zoo.card(e).orElseThrow(() -> new UserError(zoo.where() + ": " + e.modelFile() + " has no card "
          + e.cardFile() + " beside it"));
      String sha = Sha256.hex(bytes);
      if (!sha.equals(card.sha256())) {
        throw new UserError(zoo.where() + ": " + e.modelFile() + " has SHA-256 " + sha + ", its card says "
            + card.sha256() + "; the file is damaged or not the one measured");
      }
      what = "model";
    }
    Path target = out != null ? out : Path.of(recipe ? name + ".yaml" : e.modelFile());
    if (Files.exists(target) && !force) {
      throw new UserError(target + " exists; give another --out or --force to replace it");
    }
    if (Files.isDirectory(target)) {
      throw new UserError(target + " is a folder; --out names the file to write");
    }
    AtomicFiles.write(target, bytes);
    PrintWriter w = spec.commandLine().getOut();
    w.println("wrote the " + what + " of " + name + " to " + target + " (" + bytes.length + " bytes)"
        + (recipe ? "; train it with ste train --config " + target + " --seed S"
        : "; evaluate it with ste eval " + target + " --data " + e.data()));
    w.flush();
    return 0;
  }
}

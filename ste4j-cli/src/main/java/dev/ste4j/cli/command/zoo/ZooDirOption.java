package dev.ste4j.cli.command.zoo;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --zoo-dir DIR}: a zoo folder instead of the zoo packaged with ste (a picocli mixin). */
public final class ZooDirOption {

  @Option(names = "--zoo-dir", paramLabel = "DIR", description = "A zoo folder (index.yaml, recipes, cards, models)"
      + " instead of the zoo packaged with ste, e.g. the repository's zoo/.")
  Path dir;

  /** The zoo these options name. */
  public Zoo zoo() {
    return Zoo.at(dir);
  }
}

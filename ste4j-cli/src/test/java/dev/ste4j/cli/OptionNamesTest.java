package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One name per concept across the whole {@code ste} command tree: an option named by a known synonym of a concept's
 * name (e.g. {@code --dataset} for {@code --data}) fails, unless it is a hidden alias kept for recorded commands in a
 * command that also has the concept's name.
 */
class OptionNamesTest extends InProcessCliTest {

  /** The concept's one name, and spellings other tools use for it. */
  static final Map<String, List<String>> SYNONYMS = Map.of(
      "--data", List.of("--dataset", "--data-set", "--ds"),
      "--data-dir", List.of("--data-folder", "--datadir", "--data-path", "--data-root"),
      "--train-limit", List.of("--train-subset", "--train-size", "--train-samples", "--limit", "--n-train"),
      "--test-limit", List.of("--test-subset", "--test-size", "--test-samples", "--n-test"),
      "--out", List.of("--output", "--output-dir", "--outdir", "--out-dir"),
      "--seed", List.of("--random-seed", "--rng-seed", "--rng"),
      "--threads", List.of("--num-threads", "--jobs", "-j"),
      "--batch", List.of("--batch-size", "--bs"),
      "--lr", List.of("--learning-rate", "--eta"),
      "--checkpoint", List.of("--ckpt", "--weights"));

  private static List<CommandLine> all(CommandLine cl) {
    List<CommandLine> out = new ArrayList<>(List.of(cl));
    cl.getSubcommands().values().forEach(sub -> out.addAll(all(sub)));
    return out;
  }

  /** Each option of the tree named by a synonym, unless it is a hidden alias beside the concept's one name. */
  static List<String> problems(CommandLine root) {
    List<String> problems = new ArrayList<>();
    for (CommandLine cl : all(root)) {
      String command = cl.getCommandSpec().qualifiedName();
      for (OptionSpec o : cl.getCommandSpec().options()) {
        for (String name : o.names()) {
          SYNONYMS.forEach((canonical, synonyms) -> {
            if (!synonyms.contains(name)) {
              return;
            }
            if (!o.hidden()) {
              problems.add(command + " " + name + ": call it " + canonical);
            } else if (cl.getCommandSpec().findOption(canonical) == null) {
              problems.add(command + " " + name + ": a hidden alias of " + canonical + ", which the command lacks");
            }
          });
        }
      }
    }
    return problems;
  }

  @Test
  void noCommandNamesAConceptBySynonymExceptAsAHiddenAliasBesideTheOneName() {
    CommandLine ste = Ste.commandLine();
    assertThat(all(ste).stream().mapToInt(cl -> cl.getCommandSpec().options().size()).sum()).isGreaterThan(100);
    assertThat(problems(ste)).isEmpty();
  }

  @Test
  void aVisibleSynonymOrAnAliasWithoutItsOneNameIsReported() {
    CommandSpec visible = CommandSpec.create().name("a")
        .addOption(OptionSpec.builder("--dataset").type(String.class).build());
    CommandSpec orphan = CommandSpec.create().name("b")
        .addOption(OptionSpec.builder("--train-subset").type(int.class).hidden(true).build());
    CommandSpec alias = CommandSpec.create().name("c")
        .addOption(OptionSpec.builder("--out").type(String.class).build())
        .addOption(OptionSpec.builder("--output").type(String.class).hidden(true).build());
    assertThat(problems(new CommandLine(visible))).containsExactly("a --dataset: call it --data");
    assertThat(problems(new CommandLine(orphan)))
        .containsExactly("b --train-subset: a hidden alias of --train-limit, which the command lacks");
    assertThat(problems(new CommandLine(alias))).isEmpty();
  }

  @Test
  void theOldSpellingsStillRunRecordedCommands(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("points.jsonl");
    Files.writeString(in, "{\"id\": \"a\", \"m\": 2, \"n\": 3, \"v\": [1, -0.5], \"w\": [0.3, 0.2, -1],"
        + " \"vStar\": [0.7, 1.2], \"wStar\": [0, 1, 0]}\n");
    Path viaNewName = dir.resolve("new.jsonl");
    Path viaOldName = dir.resolve("old.jsonl");
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString(), "--out", viaNewName.toString())).isZero();
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString(), "--output", viaOldName.toString())).isZero();
    assertThat(Files.readAllLines(viaOldName)).isNotEmpty().isEqualTo(Files.readAllLines(viaNewName));
    CommandLine ste = Ste.commandLine();
    assertThat(ste.parseArgs("lab", "yin2019", "table1", "--train-subset", "7", "--test-subset", "5")
        .subcommand().subcommand().subcommand().matchedOptions()).hasSize(2);
    assertThat(Ste.commandLine().parseArgs("lab", "shekhovtsov2021", "latent", "--dataset", "fashion-mnist")
        .subcommand().subcommand().subcommand().matchedOptionValue("--dataset", "")).isEqualTo("fashion-mnist");
  }
}

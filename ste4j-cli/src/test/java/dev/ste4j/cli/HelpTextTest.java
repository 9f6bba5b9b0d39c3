package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.command.RunOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's help: whole sentences, no picocli warnings, and the shared run options read the same everywhere. */
class HelpTextTest {

  private static List<CommandLine> all(CommandLine cl) {
    List<CommandLine> out = new ArrayList<>();
    out.add(cl);
    for (CommandLine sub : cl.getSubcommands().values()) {
      out.addAll(all(sub));
    }
    return out;
  }

  @Test
  void everyDescriptionLineIsAWholeSentence() {
    for (CommandLine cl : all(Ste.commandLine())) {
      String name = cl.getCommandSpec().qualifiedName();
      String[] description = cl.getCommandSpec().usageMessage().description();
      assertThat(description).as(name + " has a description").isNotEmpty();
      for (String line : description) {
        // The first line is what the parent lists under "Commands:"; a line cut mid-sentence shows there as such.
        assertThat(line.strip()).as(name + ": '" + line + "'").matches("(?s)[A-Z\"{-].*[.)}]");
      }
    }
  }

  @Test
  void helpRendersWithoutWarningsAndListsSubcommandsOnce() {
    for (CommandLine cl : all(Ste.commandLine())) {
      StringWriter text = new StringWriter();
      cl.usage(new PrintWriter(text, true));
      String help = text.toString();
      String name = cl.getCommandSpec().qualifiedName();
      assertThat(help).as(name).doesNotContain("[picocli WARN]");
      for (String sub : cl.getSubcommands().keySet()) {
        // A listing row: the name, then the column gap before its description.
        long mentions = help.lines().filter(l -> l.matches("\\s+" + sub + "\\s{2,}\\S.*")).count();
        assertThat(mentions).as(name + " lists '" + sub + "' once").isEqualTo(1);
      }
    }
  }

  @Test
  void runFolderCommandsShareTheSeedAndOutOptions() {
    CommandLine reference = new CommandLine(new RunOptions());
    String seedHelp = String.join(" ", reference.getCommandSpec().findOption("--seed").description());
    int commands = 0;
    for (CommandLine cl : all(Ste.commandLine())) {
      OptionSpec seed = cl.getCommandSpec().findOption("--seed");
      OptionSpec out = cl.getCommandSpec().findOption("--out");
      // ste train's --seed is the training seed (default 0, kept in its checkpoints), not a run-folder option.
      boolean train = cl.getCommandSpec().name().equals("train");
      if (seed != null && out != null && "DIR".equals(out.paramLabel()) && !train) {
        commands++;
        assertThat(String.join(" ", seed.description())).as(cl.getCommandSpec().qualifiedName())
            .isEqualTo(seedHelp);
        assertThat(seed.defaultValue()).isEqualTo("1");
      }
    }
    assertThat(commands).as("reproduce and the lab experiments").isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyOptionValueHasALabelForReadersNotTheJavaFieldName() {
    List<String> fieldNames = new ArrayList<>();
    for (CommandLine cl : all(Ste.commandLine())) {
      for (OptionSpec option : cl.getCommandSpec().options()) {
        String label = option.paramLabel();
        // picocli's default is the field name in angle brackets, e.g. <empiricalIterations>: set paramLabel instead.
        if (option.arity().max() > 0 && label.startsWith("<")) {
          fieldNames.add(cl.getCommandSpec().qualifiedName() + " " + option.longestName() + " " + label);
        }
      }
    }
    assertThat(fieldNames).isEmpty();
  }
}

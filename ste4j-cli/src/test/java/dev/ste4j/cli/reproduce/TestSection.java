package dev.ste4j.cli.reproduce;

import dev.ste4j.cli.Ste;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** A stand-in section of the reproduce tests, titled "Section NAME"; each test says what its run does. */
abstract class TestSection extends PaperSection {

  TestSection(String name) {
    super(name, "Section " + name);
  }

  /** Runs {@code ste args…} in-process with these sections in place of the papers' ones. */
  static int execute(List<ReproduceSection> sections, StringWriter stdout, StringWriter stderr, String... args) {
    CommandLine cl = Ste.commandLine();
    cl.setOut(new PrintWriter(stdout, true));
    cl.setErr(new PrintWriter(stderr, true));
    ((ReproduceCommand) cl.getSubcommands().get("reproduce").getCommand()).useSections(sections);
    return cl.execute(args);
  }
}

package dev.ste4j.cli.command.model;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ste quantizers}: every registered quantizer with its precision, default parameters and formulas. */
@Command(name = "quantizers", mixinStandardHelpOptions = true,
    description = "List the quantizers with their parameters, forward formula and pseudo-derivative.")
public final class QuantizersCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : Quantizers.names()) {
      Quantizer q = Quantizers.create(name);
      out.println(name + "  (" + q.precision() + "-bit)  defaults: "
          + (q.config().isEmpty() ? "no parameters" : Quantizers.format(q).substring(name.length() + 1)));
      out.println("    " + q.formula());
    }
    out.println("Convention: sign(0) = +1. Use: ste quantizer NAME --param key=value --at x1,x2,...");
    out.flush();
  }
}

package dev.ste4j.cli.command.model;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.report.AtomicFiles;
import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.Tensor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ste quantizer NAME [--param k=v]… --at x1,x2,… [--plot FILE]}: the forward value and the pseudo-derivative
 * (the gradient the backward passes for an upstream gradient of 1) at the given points, as CSV.
 */
@Command(name = "quantizer", mixinStandardHelpOptions = true,
    description = {"Evaluate a quantizer's forward and pseudo-derivative at points; prints CSV x,forward,derivative.",
        "Quantizers with tensor statistics (magnitude_aware_sign, ternary threshold=auto, dorefa mode=weights) "
            + "treat the points as one tensor."})
public final class QuantizerCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "Registered quantizer name (see ste quantizers).")
  String name;

  @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A quantizer parameter, e.g. clip=0.5.")
  List<String> params = new ArrayList<>();

  @Option(names = "--at", required = true, paramLabel = "POINTS",
      description = "Comma-separated points (x1,x2,…) or a range FROM:TO:STEP, e.g. -2:2:0.01.")
  String at;

  @Option(names = "--plot", paramLabel = "FILE", description = "Also draw forward and pseudo-derivative to a .png or .svg file.")
  Path plot;

  @Override
  public void run() {
    Map<String, String> p = new LinkedHashMap<>();
    for (String kv : params) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UserError("--param " + kv + ": expected key=value");
      }
      p.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    Quantizer q = Quantizers.create(name, p);
    float[] xs = points(at);
    Tensor x = Tensor.of(xs, xs.length).requiresGrad(true);
    Tensor y = q.quantize(x);
    y.backward(Tensor.ones(xs.length));
    float[] f = y.data();
    float[] d = x.grad().data();
    PrintWriter out = spec.commandLine().getOut();
    out.println("x,forward,derivative");
    for (int i = 0; i < xs.length; i++) {
      out.println(num(xs[i]) + "," + num(f[i]) + "," + num(d[i]));
    }
    out.flush();
    if (plot != null) {
      writePlot(q, xs, f, d);
    }
  }

  /** Integers without a fraction (so sign outputs read 1 and -1), other values as Java prints floats. */
  private static String num(float v) {
    return v == Math.rint(v) && Math.abs(v) < 1e7f ? Integer.toString((int) v) : Float.toString(v);
  }

  /** Parses x1,x2,… or FROM:TO:STEP (inclusive of TO up to rounding). */
  static float[] points(String spec) {
    String current = spec;
    try {
      if (spec.contains(":")) {
        String[] r = spec.split(":", -1);
        if (r.length != 3) {
          throw new UserError("--at " + spec + ": a range is FROM:TO:STEP");
        }
        current = r[0];
        double from = Double.parseDouble(r[0]);
        current = r[1];
        double to = Double.parseDouble(r[1]);
        current = r[2];
        double step = Double.parseDouble(r[2]);
        if (!(step > 0) || !(to >= from) || (to - from) / step > 1_000_000) {
          throw new UserError("--at " + spec + ": need FROM ≤ TO, STEP > 0 and at most a million points");
        }
        int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
          v[i] = (float) (from + i * step);
        }
        return v;
      }
      String[] parts = spec.split(",", -1);
      float[] v = new float[parts.length];
      for (int i = 0; i < parts.length; i++) {
        current = parts[i].trim();
        v[i] = Float.parseFloat(current);
      }
      return v;
    } catch (NumberFormatException e) {
      // Name the offending part, not the JDK's "For input string" text.
      throw new UserError("--at " + spec + ": '" + current + "' is not a number; give x1,x2,… or FROM:TO:STEP");
    }
  }

  private void writePlot(Quantizer q, float[] xs, float[] f, float[] d) {
    String file = plot.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!file.endsWith(".png") && !file.endsWith(".svg")) {
      throw new UserError("--plot " + plot + ": name the file .png or .svg");
    }
    XyChart chart = Charts.line(q.describe(), "x", "value");
    double[] xd = new double[xs.length];
    double[] fd = new double[xs.length];
    double[] dd = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xd[i] = xs[i];
      fd[i] = f[i];
      dd[i] = d[i];
    }
    Charts.add(chart, "forward", xd, fd);
    Charts.add(chart, "pseudo-derivative", xd, dd);
    try {
      AtomicFiles.write(plot, file.endsWith(".png") ? Charts.png(chart) : Charts.svg(chart));
    } catch (IOException e) {
      throw new UserError("--plot " + plot + ": cannot write (" + e.getMessage() + ")", e);
    }
    spec.commandLine().getErr().println("plot: " + plot);
  }
}

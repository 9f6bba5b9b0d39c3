package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.List;

/** The runs of the gap experiment, and the counts its report and claim are drawn from. */
public record GapResult(GapConfig config, List<GapRun> runs) {

  public GapResult {
    runs = List.copyOf(runs);
  }

  /** The runs of one STE and N (0: population), in run order. */
  public List<GapRun> select(SteVariant ste, int samples) {
    return runs.stream().filter(r -> r.ste() == ste && r.samples() == samples).toList();
  }

  /** How many runs of one STE and N reached a global minimizer. */
  public int global(SteVariant ste, int samples) {
    return (int) select(ste, samples).stream().filter(GapRun::global).count();
  }

  /**
   * The paired table of the empirical runs with N samples against the population runs from the same starts:
   * {both global, population only, empirical only, neither}.
   */
  public int[] paired(SteVariant ste, int samples) {
    List<GapRun> pop = select(ste, 0);
    List<GapRun> emp = select(ste, samples);
    int[] t = new int[4];
    for (int i = 0; i < pop.size(); i++) {
      boolean p = pop.get(i).global();
      boolean e = emp.get(i).global();
      t[p && e ? 0 : p ? 1 : e ? 2 : 3]++;
    }
    return t;
  }
}

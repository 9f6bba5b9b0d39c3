package dev.ste4j.nn.layer;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Operations over every layer of a model: constraints, the latent-weights switch, seeding, warnings. */
public final class Layers {

  private Layers() {}

  /** Every module of the tree, depth-first in registration order (the root first). */
  public static List<Module> walk(Module root) {
    List<Module> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Module m, List<Module> out) {
    out.add(m);
    m.children().values().forEach(c -> collect(c, out));
  }

  /** The quantized layers of a model in order. */
  public static List<QuantizedLayer> quantized(Module root) {
    List<QuantizedLayer> out = new ArrayList<>();
    for (Module m : walk(root)) {
      if (m instanceof QuantizedLayer q) {
        out.add(q);
      }
    }
    return out;
  }

  /** Clips every constrained kernel; the training loop calls this after each optimizer step. */
  public static void applyConstraints(Module root) {
    quantized(root).forEach(QuantizedLayer::applyConstraint);
  }

  /** Switches every quantized layer to (or from) evaluating with its latent float kernel. */
  public static void useLatentWeights(Module root, boolean latent) {
    quantized(root).forEach(q -> q.useLatentWeights(latent));
  }

  /** Gives the i-th randomized module (in walk order) the source {@code new Rng(seed).split(i)}. */
  public static void seed(Module root, long seed) {
    Rng base = new Rng(seed);
    int i = 0;
    for (Module m : walk(root)) {
      if (m instanceof Randomized r) {
        r.setRng(base.split(i++));
      }
    }
  }

  /**
   * The random sources of a model by dotted module path ("3", "5.main.0"; the root is ""): {seed, state} each, for
   * checkpoints. {@link #restoreRandomState} puts them back.
   */
  public static Map<String, long[]> randomState(Module root) {
    Map<String, long[]> out = new LinkedHashMap<>();
    paths(root, "", (path, m) -> {
      if (m instanceof Randomized r) {
        out.put(path, new long[] {r.rng().seed(), r.rng().state()});
      }
    });
    return out;
  }

  /** Restores what {@link #randomState} returned; a missing or unknown path fails naming it. */
  public static void restoreRandomState(Module root, Map<String, long[]> states) {
    Map<String, Randomized> found = new LinkedHashMap<>();
    paths(root, "", (path, m) -> {
      if (m instanceof Randomized r) {
        found.put(path, r);
      }
    });
    if (!found.keySet().equals(states.keySet())) {
      throw new IllegalArgumentException("random state: model has sources " + found.keySet() + ", state has "
          + states.keySet());
    }
    found.forEach((path, r) -> {
      long[] s = states.get(path);
      if (s.length != 2) {
        throw new IllegalArgumentException("random state of '" + path + "': expected {seed, state}");
      }
      r.setRng(Rng.restore(s[0], s[1]));
    });
  }

  private static void paths(Module m, String path, BiConsumer<String, Module> visit) {
    visit.accept(path, m);
    m.children().forEach((n, c) -> paths(c, path.isEmpty() ? n : path + "." + n, visit));
  }

  /** The warnings of all quantized layers (binary kernels without a clip). */
  public static List<String> warnings(Module root) {
    List<String> out = new ArrayList<>();
    quantized(root).forEach(q -> q.warning().ifPresent(out::add));
    return out;
  }
}

package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/** Modules applied in order; children are named "0", "1", … so parameter paths read "3.kernel". */
public final class Sequential extends Module {

  private final List<Module> modules = new ArrayList<>();

  public Sequential(Module... modules) {
    for (Module m : modules) {
      add(m);
    }
  }

  public Sequential(List<? extends Module> modules) {
    modules.forEach(this::add);
  }

  /** Appends a module; returns this. */
  public Sequential add(Module m) {
    addChild(Integer.toString(modules.size()), m);
    modules.add(m);
    return this;
  }

  public List<Module> modules() {
    return List.copyOf(modules);
  }

  @Override
  public Tensor forward(Tensor x) {
    Tensor y = x;
    for (Module m : modules) {
      y = m.forward(y);
    }
    return y;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Sequential(");
    for (int i = 0; i < modules.size(); i++) {
      sb.append("\n  ").append(i).append(": ").append(modules.get(i).toString().replace("\n", "\n  "));
    }
    return sb.append(modules.isEmpty() ? ")" : "\n)").toString();
  }
}

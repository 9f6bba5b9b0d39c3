package dev.ste4j.nn.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several optimizers over disjoint sets of parameters, stepped together in a fixed order. Built by
 * {@link OptimizerAssignment}. Step counters are kept apart by prefixing them with the group index
 * ({@code "group0.adam/steps"}); slot keys already name their parameter, which belongs to one group only.
 */
public final class CompositeOptimizer implements Optimizer {

  private final List<Optimizer> groups;

  CompositeOptimizer(List<Optimizer> groups) {
    this.groups = List.copyOf(groups);
  }

  /** The optimizers, in rule order. */
  public List<Optimizer> groups() {
    return groups;
  }

  @Override
  public String name() {
    List<String> names = new ArrayList<>();
    groups.forEach(g -> names.add(g.name()));
    return String.join("+", names);
  }

  @Override
  public List<String> parameterNames() {
    List<String> out = new ArrayList<>();
    groups.forEach(g -> out.addAll(g.parameterNames()));
    return out;
  }

  @Override
  public void step(double rateFactor) {
    for (Optimizer g : groups) {
      g.step(rateFactor);
    }
  }

  @Override
  public OptimizerState state() {
    Map<String, float[]> slots = new LinkedHashMap<>();
    Map<String, Long> counters = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      OptimizerState s = groups.get(i).state();
      slots.putAll(s.slots());
      String prefix = "group" + i + ".";
      s.counters().forEach((k, v) -> counters.put(prefix + k, v));
    }
    return new OptimizerState(slots, counters);
  }

  @Override
  public void loadState(OptimizerState state) {
    List<String> known = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Optimizer g = groups.get(i);
      String prefix = "group" + i + ".";
      Map<String, float[]> slots = new LinkedHashMap<>();
      g.state().slots().keySet().forEach(k -> {
        if (state.slots().containsKey(k)) {
          slots.put(k, state.slots().get(k));
        }
        known.add(k);
      });
      Map<String, Long> counters = new LinkedHashMap<>();
      state.counters().forEach((k, v) -> {
        if (k.startsWith(prefix)) {
          counters.put(k.substring(prefix.length()), v);
        }
      });
      g.loadState(new OptimizerState(slots, counters));
    }
    for (String k : state.slots().keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException(name() + ": optimizer state has unexpected entry '" + k + "'");
      }
    }
  }

  @Override
  public String toString() {
    return groups.toString();
  }
}

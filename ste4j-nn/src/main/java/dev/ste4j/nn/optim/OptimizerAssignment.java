package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every parameter to exactly one optimizer, chosen by rules over its precision and name — e.g. Bop for 1-bit
 * kernels and Adam for the rest, as Larq's {@code CaseOptimizer} does:
 *
 * <pre>{@code
 * OptimizerAssignment.of(ParameterSelector.binaryKernels(), Bop.config(1e-6, 1e-3)).otherwise(Adam.config(0.001))
 * }</pre>
 *
 * <p>A parameter matched by two rules, or by none, is an error that names the parameter (and the rules): a silently
 * untrained or doubly trained parameter is a bug that otherwise shows only as poor accuracy. A rule that claims no
 * parameter is also an error, since it is almost always a typo in its selector. A {@link ParameterSelector#rest()}
 * rule (at most one, the last) claims what the others leave. {@link Optimizers#assignment} reads one from a config
 * section and {@link Optimizers#section} writes it back.
 *
 * @param rules the rules, in order; a built optimizer steps its groups in this order
 */
public record OptimizerAssignment(List<Rule> rules) {

  /** One rule: the parameters it claims and the optimizer that trains them. */
  public record Rule(ParameterSelector selector, OptimizerConfig optimizer) {
    @Override
    public String toString() {
      return optimizer.name() + " [" + selector + "]";
    }
  }

  public OptimizerAssignment {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("an optimizer assignment needs at least one rule");
    }
    rules = List.copyOf(rules);
    for (int i = 0; i < rules.size() - 1; i++) {
      if (rules.get(i).selector().isRest()) {
        throw new IllegalArgumentException("optimizer rule #" + (i + 1) + " claims the rest, so it must be the last");
      }
    }
  }

  /** One optimizer for every parameter. */
  public static OptimizerAssignment all(OptimizerConfig optimizer) {
    return of(ParameterSelector.any(), optimizer);
  }

  /** A first rule; add more with {@link #and} and {@link #otherwise}. */
  public static OptimizerAssignment of(ParameterSelector selector, OptimizerConfig optimizer) {
    return new OptimizerAssignment(List.of(new Rule(selector, optimizer)));
  }

  /** These rules and one more. */
  public OptimizerAssignment and(ParameterSelector selector, OptimizerConfig optimizer) {
    List<Rule> more = new ArrayList<>(rules);
    more.add(new Rule(selector, optimizer));
    return new OptimizerAssignment(more);
  }

  /** These rules and a last one for every parameter they leave. */
  public OptimizerAssignment otherwise(OptimizerConfig optimizer) {
    return and(ParameterSelector.rest(), optimizer);
  }

  /** Every rule whose optimizer has a learning rate gets this one; the others are kept as they are. */
  public OptimizerAssignment withLearningRate(double lr) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      out.add(r.optimizer().hasLearningRate() ? new Rule(r.selector(), r.optimizer().withLearningRate(lr)) : r);
    }
    return new OptimizerAssignment(out);
  }

  /**
   * Builds one optimizer per rule over the parameters it claims; one rule gives that optimizer itself, several give a
   * {@link CompositeOptimizer}.
   *
   * @throws IllegalArgumentException naming a parameter claimed twice or never, or a rule that claims nothing
   */
  public Optimizer build(Map<String, Parameter> params) {
    List<Map<String, Parameter>> claimed = new ArrayList<>();
    rules.forEach(r -> claimed.add(new LinkedHashMap<>()));
    int rest = rules.get(rules.size() - 1).selector().isRest() ? rules.size() - 1 : -1;
    for (var e : params.entrySet()) {
      List<Integer> owners = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if (i != rest && rules.get(i).selector().matches(e.getKey(), e.getValue())) {
          owners.add(i);
        }
      }
      if (owners.isEmpty() && rest >= 0) {
        owners.add(rest);
      }
      if (owners.isEmpty()) {
        throw new IllegalArgumentException("parameter " + e.getKey() + " (" + e.getValue().precision()
            + "-bit) is claimed by no optimizer rule; rules: " + describe(rules.size()));
      }
      if (owners.size() > 1) {
        List<String> which = new ArrayList<>();
        owners.forEach(i -> which.add("#" + (i + 1) + " " + rules.get(i)));
        throw new IllegalArgumentException("parameter " + e.getKey() + " (" + e.getValue().precision()
            + "-bit) is claimed by more than one optimizer rule: " + String.join(", ", which));
      }
      claimed.get(owners.get(0)).put(e.getKey(), e.getValue());
    }
    List<Optimizer> built = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      if (claimed.get(i).isEmpty()) {
        throw new IllegalArgumentException("optimizer rule #" + (i + 1) + " (" + r.optimizer().name() + " for "
            + r.selector() + ") claims no parameter");
      }
      built.add(r.optimizer().build(claimed.get(i)));
    }
    return built.size() == 1 ? built.get(0) : new CompositeOptimizer(built);
  }

  private String describe(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("#" + (i + 1) + " " + rules.get(i));
    }
    return String.join(", ", out);
  }
}

package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every parameter to exactly one optimizer, chosen by rules over its precision and name — e.g. Bop for 1-bit
 * kernels and Adam for the rest, as Larq's {@code CaseOptimizer} does.
 *
 * <p>A parameter matched by two rules, or by none, is an error that names the parameter (and the rules): a silently
 * untrained or doubly trained parameter is a bug that otherwise shows only as poor accuracy. A rule that claims no
 * parameter is also an error, since it is almost always a typo in its selector.
 */
public final class OptimizerAssignment {

  /** One rule: the parameters it claims, the optimizer's registered name and its settings. */
  public record Rule(ParameterSelector selector, String optimizer, Map<String, ?> settings) {}

  private final List<Rule> rules;

  public OptimizerAssignment(List<Rule> rules) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("an optimizer assignment needs at least one rule");
    }
    this.rules = List.copyOf(rules);
  }

  public List<Rule> rules() {
    return rules;
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
    for (var e : params.entrySet()) {
      List<Integer> owners = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).selector().matches(e.getKey(), e.getValue())) {
          owners.add(i);
        }
      }
      if (owners.isEmpty()) {
        throw new IllegalArgumentException("parameter " + e.getKey() + " (" + e.getValue().precision()
            + "-bit) is claimed by no optimizer rule; rules: " + describe());
      }
      if (owners.size() > 1) {
        List<String> which = new ArrayList<>();
        owners.forEach(i -> which.add("#" + (i + 1) + " " + rules.get(i).optimizer() + " [" + rules.get(i).selector()
            + "]"));
        throw new IllegalArgumentException("parameter " + e.getKey() + " (" + e.getValue().precision()
            + "-bit) is claimed by more than one optimizer rule: " + String.join(", ", which));
      }
      claimed.get(owners.get(0)).put(e.getKey(), e.getValue());
    }
    List<Optimizer> built = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      if (claimed.get(i).isEmpty()) {
        throw new IllegalArgumentException("optimizer rule #" + (i + 1) + " (" + r.optimizer() + " for "
            + r.selector() + ") claims no parameter");
      }
      built.add(Optimizers.create(r.optimizer(), r.settings(), claimed.get(i)));
    }
    return built.size() == 1 ? built.get(0) : new CompositeOptimizer(built);
  }

  private String describe() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      out.add("#" + (i + 1) + " " + rules.get(i).optimizer() + " [" + rules.get(i).selector() + "]");
    }
    return String.join(", ", out);
  }
}

package dev.ste4j.lab.shekhovtsov2021;

import java.util.List;

/**
 * The one registry of gradient estimators by name: st, hard_st, ste_identity, ste_clipped, ste_tanh, ste_approxsign,
 * reinforce, reinforce_no_baseline, arm, concrete (τ = 1) or concrete:τ (τ in units of the noise scale).
 */
public final class Estimators {

  private static final List<String> NAMES = List.of("st", "hard_st", "ste_identity", "ste_clipped", "ste_tanh",
      "ste_approxsign", "reinforce", "reinforce_no_baseline", "arm", "concrete", "concrete:<temperature>");

  private Estimators() {}

  /** The registered names (concrete takes an optional ":temperature"). */
  public static List<String> names() {
    return NAMES;
  }

  /** The estimator with this name; an unknown name fails with the list of known ones. */
  public static Estimator parse(String name) {
    String n = name == null ? "" : name.trim();
    switch (n) {
      case "st":
        return new StraightThrough();
      case "hard_st":
        return new HardStraightThrough();
      case "ste_identity":
        return new DeterministicSte(false);
      case "ste_clipped":
        return new DeterministicSte(true);
      case "ste_tanh":
        return new DeterministicSte(PseudoDerivative.TANH);
      case "ste_approxsign":
        return new DeterministicSte(PseudoDerivative.APPROX_SIGN);
      case "arm":
        return new Arm();
      case "reinforce":
        return new Reinforce(true);
      case "reinforce_no_baseline":
        return new Reinforce(false);
      case "concrete":
        return new Concrete(1.0);
      default:
        if (n.startsWith("concrete:")) {
          try {
            return new Concrete(Double.parseDouble(n.substring("concrete:".length())));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("estimator \"" + name + "\": the temperature is not a number");
          }
        }
        throw new IllegalArgumentException("unknown estimator \"" + name + "\"; known: " + NAMES);
    }
  }

  /** The default comparison set of the estimator-accuracy experiment. */
  public static List<Estimator> standard(double temperature) {
    return List.of(new StraightThrough(), new HardStraightThrough(), new DeterministicSte(false),
        new DeterministicSte(true), new DeterministicSte(PseudoDerivative.TANH),
        new DeterministicSte(PseudoDerivative.APPROX_SIGN), new Reinforce(true), new Arm(), new Concrete(temperature));
  }
}

package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import java.util.List;

/** A residual record at inference: post(main(x) + shortcut(x)), the shortcut being the identity when empty. */
final class ResidualStep implements InferenceStep {

  private final List<InferenceStep> main;
  private final List<InferenceStep> shortcut;
  private final List<InferenceStep> post;

  ResidualStep(List<InferenceStep> main, List<InferenceStep> shortcut, List<InferenceStep> post) {
    this.main = main;
    this.shortcut = shortcut;
    this.post = post;
  }

  static Tensor run(List<InferenceStep> steps, Tensor x) {
    Activation y = Activation.of(x);
    for (InferenceStep s : steps) {
      y = s.run(y);
    }
    return y.tensor();
  }

  @Override
  public Tensor apply(Tensor x) {
    Tensor r = run(main, x);
    Tensor s = run(shortcut, x);
    if (!r.shape().equals(s.shape())) {
      throw new IllegalArgumentException("residual: branch " + r.shape() + " and shortcut " + s.shape() + " differ");
    }
    return run(post, r.add(s));
  }

  @Override
  public String describe() {
    return "residual block (" + main.size() + " steps, " + (shortcut.isEmpty() ? "identity" : "projection")
        + " shortcut, " + post.size() + " after the sum)";
  }
}

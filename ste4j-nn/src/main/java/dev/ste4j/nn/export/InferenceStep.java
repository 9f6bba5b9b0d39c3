package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import java.util.function.UnaryOperator;

/** One step of a loaded model's evaluation-mode forward pass (no autograd). */
interface InferenceStep {

  Tensor apply(Tensor x);

  /** The step on what the previous step produced; a step that reads packed signs overrides it. */
  default Activation run(Activation x) {
    return Activation.of(apply(x.tensor()));
  }

  /** A short description for {@link ExportedModel#describe()}. */
  String describe();

  /** A step that applies {@code f}, described by {@code text}. */
  static InferenceStep of(String text, UnaryOperator<Tensor> f) {
    return new InferenceStep() {
      @Override
      public Tensor apply(Tensor x) {
        return f.apply(x);
      }

      @Override
      public String describe() {
        return text;
      }
    };
  }
}

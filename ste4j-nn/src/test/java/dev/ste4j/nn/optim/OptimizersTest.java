package dev.ste4j.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizersTest {

  /** A parameter with given values whose gradient is set to {@code g} as backward would leave it. */
  static Parameter param(String name, int bits, float[] w, float[] g) {
    Parameter p = new Parameter(name, Tensor.of(w, w.length), bits);
    setGrad(p, g);
    return p;
  }

  static void setGrad(Parameter p, float[] g) {
    p.zeroGrad();
    // d(sum(w * g))/dw = g: gives the parameter exactly this gradient through the real autograd path.
    p.value().mul(Tensor.of(g, g.length)).sum().backward();
  }

  static Map<String, Parameter> one(Parameter p) {
    Map<String, Parameter> m = new LinkedHashMap<>();
    m.put(p.name(), p);
    return m;
  }

  @Test
  void sgdHeavyBallNesterovAndWeightDecayFollowTheirFormulas() {
    Parameter p = param("w", 32, new float[] {1f, -2f}, new float[] {0.5f, 0.25f});
    Sgd sgd = new Sgd(one(p), 0.1, 0.9, false, 0.0);
    sgd.step(1);
    // v = g; w = w − 0.1 g
    assertThat(p.data()).containsExactly(1f - 0.05f, -2f - 0.025f);
    sgd.step(1);
    // v = 0.9 g + g = 1.9 g
    assertThat(p.data()[0]).isCloseTo(0.95f - 0.1f * 1.9f * 0.5f, within(1e-7f));

    Parameter q = param("w", 32, new float[] {1f}, new float[] {0.5f});
    Sgd nesterov = new Sgd(one(q), 0.1, 0.9, true, 0.0);
    nesterov.step(1);
    // v = g, d = g + 0.9 v = 1.9 g
    assertThat(q.data()[0]).isCloseTo(1f - 0.1f * 1.9f * 0.5f, within(1e-7f));

    Parameter r = param("w", 32, new float[] {2f}, new float[] {0f});
    new Sgd(one(r), 0.1, 0, false, 0.5).step(0.5);
    // g = 0 + 0.5·2 = 1; w = 2 − 0.1·0.5·1
    assertThat(r.data()[0]).isCloseTo(1.95f, within(1e-7f));
  }

  @Test
  void adamMatchesAnIndependentDoublePrecisionComputation() {
    Rng rng = new Rng(3);
    float[] w0 = new float[7];
    rng.fillGaussian(w0, 1f);
    Parameter p = param("w", 32, w0.clone(), new float[7]);
    Adam adam = new Adam(one(p), 0.01, 0.9, 0.999, 1e-8, 0, false);
    double[] w = new double[7];
    double[] m = new double[7];
    double[] v = new double[7];
    for (int i = 0; i < 7; i++) {
      w[i] = w0[i];
    }
    for (int t = 1; t <= 5; t++) {
      float[] g = new float[7];
      rng.fillGaussian(g, 1f);
      setGrad(p, g);
      adam.step(1);
      for (int i = 0; i < 7; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
        w[i] -= 0.01 * (m[i] / (1 - Math.pow(0.9, t))) / (Math.sqrt(v[i] / (1 - Math.pow(0.999, t))) + 1e-8);
      }
    }
    for (int i = 0; i < 7; i++) {
      assertThat((double) p.data()[i]).isCloseTo(w[i], within(1e-5));
    }
    assertThat(adam.steps()).isEqualTo(5);
  }

  @Test
  void adamwDecaysWeightsIndependentlyOfTheGradientScale() {
    Parameter p = param("w", 32, new float[] {1f}, new float[] {0f});
    new Adam(one(p), 0.1, 0.9, 0.999, 1e-8, 0.5, true).step(1);
    // zero gradient: the Adam step is 0, only the decay w·(1 − 0.1·0.5) acts
    assertThat(p.data()[0]).isEqualTo((float) (1 - 0.05));
    Parameter q = param("w", 32, new float[] {1f}, new float[] {0f});
    new Adam(one(q), 0.1, 0.9, 0.999, 1e-8, 0.5, false).step(1);
    // L2 decay goes through the normalised Adam step: first step moves by lr·sign(g) = 0.1
    assertThat(q.data()[0]).isCloseTo(0.9f, within(1e-6f));
  }

  @Test
  void bopFlipsExactlyWhenMomentumAgreesWithTheWeightAndExceedsTheThreshold() {
    // w:    +1    +1    −1    −1    +0.3 (latent)  0 (sign +1)
    // g:    +2    −2    −2    +2    +0.5          +2
    Parameter p = param("k", 1, new float[] {1f, 1f, -1f, -1f, 0.3f, 0f}, new float[] {2f, -2f, -2f, 2f, 0.5f, 2f});
    Bop bop = new Bop(one(p), 0.5, 0.5);
    bop.step(1);
    // m = 0.5 g = {1, −1, −1, 1, 0.25, 1}; flip where s(w)·m > 0.5
    assertThat(p.data()).containsExactly(-1f, 1f, 1f, -1f, 1f, -1f);
    // Factor 0 freezes the moving average and nothing more flips back: s(w)·m is now negative everywhere it flipped.
    bop.step(0);
    assertThat(p.data()).containsExactly(-1f, 1f, 1f, -1f, 1f, -1f);
  }

  @Test
  void mirrorDescentStepsInTheDualSpaceAndStaysInsideTheInterval() {
    Parameter p = param("k", 1, new float[] {0.5f, -0.99f, 1.5f}, new float[] {1f, -1f, 100f});
    new MirrorDescent(one(p), 0.1, 1).step(1);
    assertThat((double) p.data()[0]).isCloseTo(Math.tanh(0.5 * Math.log(3) - 0.1), within(1e-6));
    for (float w : p.data()) {
      assertThat(w).isBetween(-1f, 1f);
    }
    assertThat(p.data()[2]).isLessThan(0f);
  }

  @Test
  void stateRoundTripContinuesBitwiseIdentically() {
    for (String name : Optimizers.names()) {
      Rng rng = new Rng(11);
      float[] w0 = new float[5];
      rng.fillGaussian(w0, 0.5f);
      float[][] grads = new float[6][5];
      for (float[] g : grads) {
        rng.fillGaussian(g, 1f);
      }
      Parameter a = param("w", 1, w0.clone(), grads[0]);
      Optimizer oa = Optimizers.create(name, Map.of(), one(a));
      for (int t = 0; t < 3; t++) {
        setGrad(a, grads[t]);
        oa.step(0.7);
      }
      OptimizerState saved = oa.state();
      float[] savedW = a.data().clone();
      for (int t = 3; t < 6; t++) {
        setGrad(a, grads[t]);
        oa.step(0.7);
      }
      Parameter b = param("w", 1, savedW, grads[0]);
      Optimizer ob = Optimizers.create(name, Map.of(), one(b));
      ob.loadState(saved);
      for (int t = 3; t < 6; t++) {
        setGrad(b, grads[t]);
        ob.step(0.7);
      }
      assertThat(b.data()).as(name).containsExactly(a.data());
      assertThat(ob.state().sameAs(oa.state())).as(name).isTrue();
    }
  }

  @Test
  void unknownNamesKeysAndMismatchedStateAreReportedByName() {
    Parameter p = param("w", 32, new float[] {1f}, new float[] {1f});
    assertThatThrownBy(() -> Optimizers.create("adagrad", Map.of(), one(p)))
        .hasMessageContaining("'adagrad'").hasMessageContaining("sgd, adam, adamw, bop, mirror_descent");
    assertThatThrownBy(() -> Optimizers.create("adam", Map.of("learning_rate", 0.1), one(p)))
        .hasMessageContaining("'learning_rate'").hasMessageContaining("beta1, beta2, eps, lr, weight_decay");
    assertThatThrownBy(() -> Optimizers.create("sgd", Map.of("lr", "fast"), one(p)))
        .hasMessageContaining("lr must be a number");
    Optimizer adam = Optimizers.create("adam", Map.of(), one(p));
    Parameter other = param("v", 32, new float[] {1f, 2f}, new float[] {1f, 1f});
    OptimizerState wrong = Optimizers.create("adam", Map.of(), one(other)).state();
    assertThatThrownBy(() -> adam.loadState(wrong)).hasMessageContaining("'v/m'");
  }

  @Test
  void assignmentGivesBinaryKernelsToBopAndTheRestToAdam() {
    Map<String, Parameter> params = new LinkedHashMap<>();
    params.put("fc1.kernel", param("kernel", 1, new float[] {0.1f, -0.2f}, new float[] {1f, 1f}));
    params.put("bn1.gamma", param("gamma", 32, new float[] {1f}, new float[] {1f}));
    params.put("fc2.kernel", param("kernel", 1, new float[] {0.1f}, new float[] {-1f}));
    OptimizerAssignment assignment = Optimizers.assignment(Map.of("groups", List.of(
        Map.of("match", Map.of("precision", "1"), "name", "bop", "threshold", 0.0, "gamma", 1.0),
        Map.of("match", Map.of("precision", ">1"), "name", "adam"))));
    Optimizer opt = assignment.build(params);
    assertThat(opt).isInstanceOf(CompositeOptimizer.class);
    assertThat(((CompositeOptimizer) opt).groups().get(0).parameterNames()).containsExactly("fc1.kernel", "fc2.kernel");
    assertThat(((CompositeOptimizer) opt).groups().get(1).parameterNames()).containsExactly("bn1.gamma");
    opt.step(1);
    assertThat(params.get("fc1.kernel").data()).containsExactly(-1f, -1f);
    assertThat(params.get("bn1.gamma").data()[0]).isCloseTo(0.999f, within(1e-6f));
    OptimizerState s = opt.state();
    assertThat(s.counters()).containsKeys("group0.bop/steps", "group1.adam/steps");
    opt.loadState(s);
  }

  @Test
  void aParameterClaimedTwiceOrNeverIsNamed() {
    Map<String, Parameter> params = new LinkedHashMap<>();
    params.put("fc1.kernel", param("kernel", 1, new float[] {0.1f}, new float[] {1f}));
    params.put("fc1.bias", param("bias", 32, new float[] {0f}, new float[] {1f}));
    OptimizerAssignment twice = Optimizers.assignment(Map.of("groups", List.of(
        Map.of("match", Map.of("precision", "1"), "name", "bop"),
        Map.of("match", Map.of("name", "fc1\\..*"), "name", "adam"))));
    assertThatThrownBy(() -> twice.build(params)).hasMessageContaining("fc1.kernel")
        .hasMessageContaining("more than one");
    OptimizerAssignment never = Optimizers.assignment(Map.of("groups", List.of(
        Map.of("match", Map.of("precision", "1"), "name", "bop"))));
    assertThatThrownBy(() -> never.build(params)).hasMessageContaining("fc1.bias").hasMessageContaining("no optimizer");
    assertThatThrownBy(() -> Optimizers.assignment(Map.of("groups", List.of(
        Map.of("match", Map.of("bits", "1"), "name", "bop"))))).hasMessageContaining("'bits'");
    assertThatThrownBy(() -> ParameterSelector.of("one", null)).hasMessageContaining("'one'");
  }
}

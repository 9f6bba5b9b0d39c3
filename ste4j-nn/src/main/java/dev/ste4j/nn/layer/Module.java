package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layer or a model: holds parameters, buffers (non-trained state such as batch-norm running statistics) and child
 * modules, each registered explicitly into insertion-ordered maps so that iteration, optimizer state and checkpoints
 * have a stable order. The maths lives in the stateless ops of ste4j-tensor; a module only wires them.
 */
public abstract class Module {

  private final Map<String, Parameter> parameters = new LinkedHashMap<>();
  private final Map<String, float[]> buffers = new LinkedHashMap<>();
  private final Map<String, Module> children = new LinkedHashMap<>();
  private boolean training = true;

  /** Computes the output for a batch. */
  public abstract Tensor forward(Tensor x);

  protected final Parameter addParameter(Parameter p) {
    if (parameters.putIfAbsent(p.name(), p) != null) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": parameter " + p.name() + " registered twice");
    }
    return p;
  }

  protected final float[] addBuffer(String name, float[] values) {
    if (buffers.putIfAbsent(name, values) != null) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": buffer " + name + " registered twice");
    }
    return values;
  }

  protected final <M extends Module> M addChild(String name, M child) {
    if (children.putIfAbsent(name, child) != null) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": child " + name + " registered twice");
    }
    child.train(training);
    return child;
  }

  /** This module's own parameters, by local name. */
  public final Map<String, Parameter> ownParameters() {
    return Collections.unmodifiableMap(parameters);
  }

  /** Child modules by local name, in registration order. */
  public final Map<String, Module> children() {
    return Collections.unmodifiableMap(children);
  }

  /** Every parameter of this module and its descendants, by dotted path ("features.0.kernel"), in stable order. */
  public final Map<String, Parameter> namedParameters() {
    Map<String, Parameter> out = new LinkedHashMap<>();
    collect("", out, null);
    return out;
  }

  /** Every buffer of this module and its descendants, by dotted path, in stable order. */
  public final Map<String, float[]> namedBuffers() {
    Map<String, float[]> out = new LinkedHashMap<>();
    collect("", null, out);
    return out;
  }

  private void collect(String prefix, Map<String, Parameter> ps, Map<String, float[]> bs) {
    if (ps != null) {
      parameters.forEach((n, p) -> ps.put(prefix + n, p));
    }
    if (bs != null) {
      buffers.forEach((n, b) -> bs.put(prefix + n, b));
    }
    children.forEach((n, c) -> c.collect(prefix + n + ".", ps, bs));
  }

  public final List<Parameter> parameters() {
    return List.copyOf(namedParameters().values());
  }

  /** Switches this module and its descendants between training and evaluation behaviour. */
  public Module train(boolean on) {
    training = on;
    children.values().forEach(c -> c.train(on));
    return this;
  }

  public final boolean isTraining() {
    return training;
  }

  public final void zeroGrad() {
    namedParameters().values().forEach(Parameter::zeroGrad);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}

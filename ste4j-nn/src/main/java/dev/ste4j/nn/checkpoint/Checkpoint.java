package dev.ste4j.nn.checkpoint;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.optim.OptimizerState;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a training run needs to continue bitwise identically: the model's parameters (with their shapes) and
 * buffers, the optimizer's state, the training RNG's seed and state, and the position in the run.
 *
 * @param model an identifier of the model and its configuration; a checkpoint restores only into the same model
 * @param epoch the epoch being trained (0-based); with {@code batch} = 0 the epoch has not started
 * @param batch the number of batches of {@code epoch} already trained
 * @param step the number of optimizer steps taken in the whole run (skipped batches are not steps)
 * @param rngSeed the training RNG's seed
 * @param rngState the training RNG's state
 * @param metadata free-form facts (e.g. the run's configuration), written and read back verbatim
 * @param parameters parameter values by dotted name, in model order
 * @param buffers buffer values (e.g. batch-norm running statistics) by dotted name, in model order
 * @param optimizer the optimizer's state
 * @param extras other arrays by name, written and read back verbatim
 * @param resume the training run's position inside its epoch and its history, or null in a checkpoint not written by
 *     the trainer (and in one of format version 1, whose trainer kept them in the metadata)
 */
public record Checkpoint(String model, int epoch, int batch, long step, long rngSeed, long rngState,
                         Map<String, String> metadata, Map<String, Entry> parameters, Map<String, float[]> buffers,
                         OptimizerState optimizer, Map<String, float[]> extras, ResumeState resume) {

  /** A parameter's shape and values. */
  public record Entry(int[] shape, float[] values) {
    public Entry {
      shape = shape.clone();
      values = values.clone();
    }
  }

  public Checkpoint {
    metadata = new LinkedHashMap<>(metadata);
    parameters = new LinkedHashMap<>(parameters);
    Map<String, float[]> b = new LinkedHashMap<>();
    buffers.forEach((k, v) -> b.put(k, v.clone()));
    buffers = b;
    Map<String, float[]> x = new LinkedHashMap<>();
    extras.forEach((k, v) -> x.put(k, v.clone()));
    extras = x;
  }

  /** Captures the current state of a model and its optimizer (copies every array), without a resume state. */
  public static Checkpoint capture(String model, Module module, Optimizer optimizer, int epoch, int batch, long step,
                                   long rngSeed, long rngState, Map<String, String> metadata,
                                   Map<String, float[]> extras) {
    return capture(model, module, optimizer, epoch, batch, step, rngSeed, rngState, metadata, extras, null);
  }

  /** Captures the current state of a model, its optimizer and its training run (copies every array). */
  public static Checkpoint capture(String model, Module module, Optimizer optimizer, int epoch, int batch, long step,
                                   long rngSeed, long rngState, Map<String, String> metadata,
                                   Map<String, float[]> extras, ResumeState resume) {
    Map<String, Entry> params = new LinkedHashMap<>();
    module.namedParameters().forEach((n, p) -> params.put(n, new Entry(p.value().dims(), p.data())));
    return new Checkpoint(model, epoch, batch, step, rngSeed, rngState, metadata, params, module.namedBuffers(),
        optimizer.state(), extras, resume);
  }

  /**
   * Writes the parameters, buffers and optimizer state into a model and optimizer built the same way.
   *
   * @throws IllegalArgumentException naming the model mismatch or the first parameter or buffer that is missing,
   *     unexpected or of another shape; nothing is modified in that case
   */
  public void restoreInto(String expectedModel, Module module, Optimizer opt) {
    if (!model.equals(expectedModel)) {
      throw new IllegalArgumentException("checkpoint is for model '" + model + "', not '" + expectedModel + "'");
    }
    Map<String, Parameter> own = module.namedParameters();
    Map<String, float[]> ownBuffers = module.namedBuffers();
    for (var e : own.entrySet()) {
      Entry saved = parameters.get(e.getKey());
      if (saved == null) {
        throw new IllegalArgumentException("checkpoint lacks parameter " + e.getKey() + " of the model");
      }
      if (!Arrays.equals(saved.shape(), e.getValue().value().dims())) {
        throw new IllegalArgumentException("checkpoint parameter " + e.getKey() + " has shape "
            + Arrays.toString(saved.shape()) + ", the model's has " + Arrays.toString(e.getValue().value().dims()));
      }
    }
    for (String k : parameters.keySet()) {
      if (!own.containsKey(k)) {
        throw new IllegalArgumentException("checkpoint has parameter " + k + ", which the model lacks");
      }
    }
    for (var e : ownBuffers.entrySet()) {
      float[] saved = buffers.get(e.getKey());
      if (saved == null || saved.length != e.getValue().length) {
        throw new IllegalArgumentException("checkpoint buffer " + e.getKey() + (saved == null ? " is missing"
            : " has " + saved.length + " values, the model's has " + e.getValue().length));
      }
    }
    for (String k : buffers.keySet()) {
      if (!ownBuffers.containsKey(k)) {
        throw new IllegalArgumentException("checkpoint has buffer " + k + ", which the model lacks");
      }
    }
    if (opt != null) {
      opt.loadState(optimizer);
    }
    own.forEach((n, p) -> System.arraycopy(parameters.get(n).values(), 0, p.data(), 0, p.data().length));
    ownBuffers.forEach((n, b) -> System.arraycopy(buffers.get(n), 0, b, 0, b.length));
  }
}

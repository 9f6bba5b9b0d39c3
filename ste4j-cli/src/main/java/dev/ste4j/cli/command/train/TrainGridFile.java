package dev.ste4j.cli.command.train;

import dev.ste4j.cli.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a {@link TrainSweep} from its YAML file: {@code train:} (a ste train config) and {@code axes:}. */
public final class TrainGridFile {

  private TrainGridFile() {}

  public static TrainSweep read(Path file) {
    Map<String, Object> root = TrainConfig.readYaml(file);
    String where = "grid " + file;
    for (String key : root.keySet()) {
      if (!key.equals("train") && !key.equals("axes")) {
        throw new UserError(where + ": unknown key '" + key + "' (a grid has train: and axes:)");
      }
    }
    if (!(root.get("train") instanceof Map<?, ?> t)) {
      throw new UserError(where + ": 'train:' must be a ste train config (model, data, epochs, …)");
    }
    if (!(root.get("axes") instanceof Map<?, ?> a) || a.isEmpty()) {
      throw new UserError(where + ": 'axes:' must map config keys to lists of values, e.g. lr: [0.01, 0.1]");
    }
    List<TrainSweep.Axis> axes = new ArrayList<>();
    for (Map.Entry<?, ?> e : a.entrySet()) {
      String key = String.valueOf(e.getKey());
      String base = key.startsWith("model_options.") ? "model_options" : key;
      if (!TrainConfig.KEYS.contains(base) || key.equals("model_options") || key.equals("threads")) {
        throw new UserError(where + ": axis '" + key + "' is not a ste train config key that a grid can vary"
            + " (model_options.KEY for a model option)");
      }
      if (!(e.getValue() instanceof List<?> values) || values.isEmpty()) {
        throw new UserError(where + ": axis '" + key + "' must list at least one value");
      }
      if (values.stream().anyMatch(v -> v instanceof Map<?, ?> || v instanceof List<?> || v == null)) {
        throw new UserError(where + ": axis '" + key + "' must list plain values (numbers, names)");
      }
      if (values.stream().distinct().count() != values.size()) {
        throw new UserError(where + ": axis '" + key + "' lists a value twice");
      }
      axes.add(new TrainSweep.Axis(key, new ArrayList<>(values)));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> train = (Map<String, Object>) t;
    return new TrainSweep(where, train, axes);
  }
}

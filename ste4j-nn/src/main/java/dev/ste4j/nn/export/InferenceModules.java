package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.Dropout;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Sequential;
import java.util.ArrayList;
import java.util.List;

/** The modules an exported model runs, in order: shared by the bit-packed format and the ONNX export. */
public final class InferenceModules {

  private InferenceModules() {}

  /** Sequential containers dissolve into their members; dropout (the identity in evaluation) is dropped. */
  public static List<Module> flatten(Module m) {
    List<Module> out = new ArrayList<>();
    if (m instanceof Sequential s) {
      s.modules().forEach(c -> out.addAll(flatten(c)));
    } else if (!(m instanceof Dropout)) {
      out.add(m);
    }
    return out;
  }
}

package dev.ste4j.nn.summary;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One layer of a {@link ModelSummary}.
 *
 * @param path dotted module path, e.g. {@code 3} or {@code 5.main.0}
 * @param layer the layer's description
 * @param inputPrecision bits of the values entering its multiply-accumulates, or 0 when it has none
 * @param outputShape one sample's output shape
 * @param paramsByBits parameter (and buffer) counts by the bit width they take at inference
 * @param macsByBits multiply-accumulates per sample by precision (the wider of input and kernel)
 */
public record LayerRow(String path, String layer, int inputPrecision, int[] outputShape,
                       SortedMap<Integer, Long> paramsByBits, SortedMap<Integer, Long> macsByBits) {

  public LayerRow {
    outputShape = outputShape.clone();
    paramsByBits = Collections.unmodifiableSortedMap(new TreeMap<>(paramsByBits));
    macsByBits = Collections.unmodifiableSortedMap(new TreeMap<>(macsByBits));
  }

  @Override
  public int[] outputShape() {
    return outputShape.clone();
  }

  /** Bits of storage for the parameters: Σ count · width. */
  public long memoryBits() {
    long bits = 0;
    for (var e : paramsByBits.entrySet()) {
      bits += e.getKey() * e.getValue();
    }
    return bits;
  }

  public long params() {
    return paramsByBits.values().stream().mapToLong(Long::longValue).sum();
  }
}

package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import java.util.Map;
import java.util.TreeSet;

/**
 * Copies the trained state of one network into another of the same architecture: every parameter and every buffer
 * (BatchNorm running statistics), matched by dotted name. The float network and its quantized twin differ only in the
 * activation functions, which hold no state, so the copy is complete; BatchNorm without affine has no parameters.
 */
public final class WeightTransfer {

  private WeightTransfer() {}

  /**
   * Copies {@code from}'s parameters and buffers into {@code to}.
   *
   * @throws IllegalArgumentException when the names differ (naming those found on one side only) or a tensor's size
   *     differs (naming it and both sizes); nothing is copied then
   */
  public static void copy(Module from, Module to) {
    Map<String, Parameter> src = from.namedParameters();
    Map<String, Parameter> dst = to.namedParameters();
    Map<String, float[]> srcBuffers = from.namedBuffers();
    Map<String, float[]> dstBuffers = to.namedBuffers();
    sameNames("parameters", src.keySet(), dst.keySet());
    sameNames("buffers", srcBuffers.keySet(), dstBuffers.keySet());
    dst.forEach((name, p) -> sameSize(name, src.get(name).data(), p.data()));
    dstBuffers.forEach((name, b) -> sameSize(name, srcBuffers.get(name), b));
    dst.forEach((name, p) -> System.arraycopy(src.get(name).data(), 0, p.data(), 0, p.data().length));
    dstBuffers.forEach((name, b) -> System.arraycopy(srcBuffers.get(name), 0, b, 0, b.length));
  }

  private static void sameNames(String what, java.util.Set<String> a, java.util.Set<String> b) {
    if (!a.equals(b)) {
      TreeSet<String> onlyA = new TreeSet<>(a);
      onlyA.removeAll(b);
      TreeSet<String> onlyB = new TreeSet<>(b);
      onlyB.removeAll(a);
      throw new IllegalArgumentException("weight transfer: the networks' " + what + " differ; only in the source: "
          + onlyA + ", only in the target: " + onlyB);
    }
  }

  private static void sameSize(String name, float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("weight transfer: " + name + " has " + a.length + " values in the source, "
          + b.length + " in the target");
    }
  }
}

package dev.ste4j.tensor;

import dev.ste4j.tensor.ops.Elementwise;
import dev.ste4j.tensor.ops.Linalg;
import dev.ste4j.tensor.ops.Movement;
import dev.ste4j.tensor.ops.Reduce;
import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;

/**
 * A dense float32 tensor: a shape and a strided view of a flat array, with an optional autograd history.
 *
 * <p>Tensors are immutable in value once built by an op (optimizers update parameters in place, under
 * {@link NoGrad}). Views (reshape of a contiguous tensor, transpose, permute, slice, expand) share storage. The fluent
 * methods here delegate to the op classes in {@code dev.ste4j.tensor.ops}; every op keeps its backward beside its
 * forward there.
 */
public final class Tensor {

  private final float[] data;
  private final int offset;
  private final int[] strides;
  private final Shape shape;
  private boolean requiresGrad;
  private Tensor grad;
  private Node node;

  private Tensor(float[] data, int offset, int[] strides, Shape shape) {
    this.data = data;
    this.offset = offset;
    this.strides = strides;
    this.shape = shape;
  }

  // ---- construction ----

  /** Wraps a flat row-major array (not copied) as a tensor of the given shape. */
  public static Tensor wrap(float[] values, int... dims) {
    Shape s = Shape.of(dims);
    if (values.length != s.size()) {
      throw new IllegalArgumentException("wrap: " + values.length + " values cannot have shape " + s);
    }
    return new Tensor(values, 0, s.contiguousStrides(), s);
  }

  /** Like {@link #wrap} with a {@link Shape}. */
  public static Tensor wrap(float[] values, Shape shape) {
    return wrap(values, shape.dims());
  }

  /** A copy of the values as a tensor of the given shape. */
  public static Tensor of(float[] values, int... dims) {
    return wrap(values.clone(), dims);
  }

  /** A view over storage; used by movement ops. Strides and offset are trusted. */
  public static Tensor view(float[] data, int offset, int[] strides, Shape shape) {
    return new Tensor(data, offset, strides.clone(), shape);
  }

  public static Tensor scalar(float value) {
    return wrap(new float[] {value});
  }

  public static Tensor zeros(int... dims) {
    return wrap(new float[Shape.of(dims).size()], dims);
  }

  public static Tensor zeros(Shape shape) {
    return zeros(shape.dims());
  }

  public static Tensor full(float value, int... dims) {
    float[] v = new float[Shape.of(dims).size()];
    Arrays.fill(v, value);
    return wrap(v, dims);
  }

  public static Tensor ones(int... dims) {
    return full(1f, dims);
  }

  /** Independent normals with the given standard deviation. */
  public static Tensor randn(Rng rng, float std, int... dims) {
    float[] v = new float[Shape.of(dims).size()];
    rng.fillGaussian(v, std);
    return wrap(v, dims);
  }

  /** Independent uniforms on [lo, hi). */
  public static Tensor rand(Rng rng, float lo, float hi, int... dims) {
    float[] v = new float[Shape.of(dims).size()];
    rng.fillUniform(v, lo, hi);
    return wrap(v, dims);
  }

  // ---- geometry and storage ----

  public Shape shape() {
    return shape;
  }

  public int[] dims() {
    return shape.dims();
  }

  public int dim(int axis) {
    return shape.dim(axis);
  }

  public int rank() {
    return shape.rank();
  }

  public int size() {
    return shape.size();
  }

  public int offset() {
    return offset;
  }

  public int[] strides() {
    return strides.clone();
  }

  /** The storage array (shared; may be larger than the view). Use with {@link #offset()} and {@link #strides()}. */
  public float[] storage() {
    return data;
  }

  /** True when the elements lie in row-major order without gaps from {@link #offset()}. */
  public boolean isContiguous() {
    int expected = 1;
    for (int i = strides.length - 1; i >= 0; i--) {
      if (shape.dim(i) != 1 && strides[i] != expected) {
        return false;
      }
      expected *= shape.dim(i);
    }
    return true;
  }

  /**
   * The values as a flat row-major array of exactly {@link #size()} elements: the storage itself when it already is
   * one (so writes go through — used by optimizers on parameters), otherwise a copy.
   */
  public float[] data() {
    if (isContiguous() && offset == 0 && data.length == shape.size()) {
      return data;
    }
    return toArray();
  }

  /** True when {@link #data()} returns the storage itself rather than a copy. */
  public boolean ownsData() {
    return isContiguous() && offset == 0 && data.length == shape.size();
  }

  /** A fresh row-major copy of the values. */
  public float[] toArray() {
    float[] out = new float[shape.size()];
    if (isContiguous()) {
      System.arraycopy(data, offset, out, 0, out.length);
      return out;
    }
    StridedCopy.copyIntoFresh(data, offset, strides, out, shape.dims());
    return out;
  }

  /** The element at a full index. */
  public float get(int... index) {
    if (index.length != shape.rank()) {
      throw new IllegalArgumentException("get: index of rank " + index.length + " for shape " + shape);
    }
    int p = offset;
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= shape.dim(i)) {
        throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " out of bounds for shape " + shape);
      }
      p += index[i] * strides[i];
    }
    return data[p];
  }

  /** The single value of a one-element tensor. */
  public float item() {
    if (shape.size() != 1) {
      throw new IllegalArgumentException("item: tensor of shape " + shape + " has " + shape.size() + " elements");
    }
    return data[offset];
  }

  // ---- autograd ----

  public boolean requiresGrad() {
    return requiresGrad;
  }

  /** Marks this tensor as a leaf whose gradient is wanted; returns this. */
  public Tensor requiresGrad(boolean value) {
    if (node != null && !value) {
      throw new IllegalStateException("cannot stop gradients of an op result in place; use detach()");
    }
    this.requiresGrad = value;
    return this;
  }

  /** The accumulated gradient of a leaf after {@link #backward()}, or null. */
  public Tensor grad() {
    return grad;
  }

  public void zeroGrad() {
    grad = null;
  }

  /** The same values without history. */
  public Tensor detach() {
    return new Tensor(data, offset, strides, shape);
  }

  /** The op that produced this tensor, or null for a leaf or a tensor built without gradients. */
  public String op() {
    return node == null ? null : node.op();
  }

  Node node() {
    return node;
  }

  void attach(Node n) {
    this.node = n;
    this.requiresGrad = true;
  }

  void accumulateGrad(Tensor g) {
    Tensor own = Tensor.wrap(g.toArray(), g.shape());
    grad = grad == null ? own : Elementwise.add(grad, own);
  }

  /** Back-propagates from a one-element tensor (the loss). */
  public void backward() {
    if (shape.size() != 1) {
      throw new IllegalArgumentException("backward() needs a one-element tensor, got shape " + shape
          + "; pass the output gradient with backward(Tensor)");
    }
    backward(Tensor.full(1f, shape.dims()));
  }

  /** Back-propagates a given gradient of the loss with respect to this tensor. */
  public void backward(Tensor gradOutput) {
    if (!gradOutput.shape().equals(shape)) {
      throw new IllegalArgumentException("backward: gradient shape " + gradOutput.shape() + " differs from " + shape);
    }
    if (!requiresGrad) {
      throw new IllegalStateException("backward: this tensor does not require grad (no parameter reached it)");
    }
    Autograd.backward(this, gradOutput);
  }

  // ---- fluent ops (the maths lives in dev.ste4j.tensor.ops) ----

  public Tensor add(Tensor o) { return Elementwise.add(this, o); }
  public Tensor sub(Tensor o) { return Elementwise.sub(this, o); }
  public Tensor mul(Tensor o) { return Elementwise.mul(this, o); }
  public Tensor div(Tensor o) { return Elementwise.div(this, o); }
  public Tensor add(float c) { return Elementwise.addScalar(this, c); }
  public Tensor mul(float c) { return Elementwise.mulScalar(this, c); }
  public Tensor neg() { return Elementwise.neg(this); }
  public Tensor exp() { return Elementwise.exp(this); }
  public Tensor log() { return Elementwise.log(this); }
  public Tensor sqrt() { return Elementwise.sqrt(this); }
  public Tensor square() { return Elementwise.square(this); }
  public Tensor abs() { return Elementwise.abs(this); }
  public Tensor relu() { return Elementwise.relu(this); }
  public Tensor sigmoid() { return Elementwise.sigmoid(this); }
  public Tensor tanh() { return Elementwise.tanh(this); }
  public Tensor matmul(Tensor o) { return Linalg.matmul(this, o); }
  public Tensor reshape(int... dims) { return Movement.reshape(this, dims); }
  public Tensor transpose(int a, int b) { return Movement.transpose(this, a, b); }
  public Tensor permute(int... axes) { return Movement.permute(this, axes); }
  public Tensor slice(int axis, int from, int to) { return Movement.slice(this, axis, from, to); }
  public Tensor contiguous() { return Movement.contiguous(this); }
  public Tensor sum() { return Reduce.sumAll(this); }
  public Tensor sum(boolean keepDims, int... axes) { return Reduce.sum(this, keepDims, axes); }
  public Tensor mean() { return Reduce.meanAll(this); }
  public Tensor mean(boolean keepDims, int... axes) { return Reduce.mean(this, keepDims, axes); }
  public Tensor max(int axis, boolean keepDims) { return Reduce.max(this, axis, keepDims); }
  public int[] argmax(int axis) { return Reduce.argmax(this, axis); }
  public Tensor sumTo(Shape target) { return Reduce.sumTo(this, target); }

  @Override
  public String toString() {
    float[] v = toArray();
    String values = v.length <= 16 ? Arrays.toString(v) : Arrays.toString(Arrays.copyOf(v, 16)) + "…";
    return "Tensor" + shape + (node != null ? "<" + node.op() + ">" : "") + " " + values;
  }
}

package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.StridedCopy;
import dev.ste4j.tensor.Tensor;
import java.util.Arrays;

/**
 * Ops that move or select elements: views that share storage (reshape of a contiguous tensor, permute, transpose,
 * slice, expand) and copies (contiguous, concat, indexSelect, gather).
 */
public final class Movement {

  private Movement() {}

  /** The same values in a new shape (one dimension may be −1 and is inferred); a view when x is contiguous. */
  public static Tensor reshape(Tensor x, int... dims) {
    Shape target = inferShape(x, dims);
    Tensor c = x.isContiguous() ? x : Tensor.wrap(x.toArray(), x.shape());
    Tensor y = Tensor.view(c.storage(), c.offset(), target.contiguousStrides(), target);
    return Autograd.record("reshape", y, g -> new Tensor[] {reshape(g, x.dims())}, x);
  }

  private static Shape inferShape(Tensor x, int[] dims) {
    int[] d = dims.clone();
    int infer = -1;
    long known = 1;
    for (int i = 0; i < d.length; i++) {
      if (d[i] == -1) {
        if (infer >= 0) {
          throw new IllegalArgumentException("reshape: more than one -1 in " + Arrays.toString(dims));
        }
        infer = i;
      } else if (d[i] < 0) {
        throw new IllegalArgumentException("reshape: negative dimension in " + Arrays.toString(dims));
      } else {
        known *= d[i];
      }
    }
    if (infer >= 0) {
      if (known == 0 || x.size() % known != 0) {
        throw new IllegalArgumentException("reshape: cannot infer -1 for " + x.size() + " elements into "
            + Arrays.toString(dims) + " (from shape " + x.shape() + ")");
      }
      d[infer] = (int) (x.size() / known);
      known *= d[infer];
    }
    if (known != x.size()) {
      throw new IllegalArgumentException("reshape: shape " + x.shape() + " (" + x.size() + " elements) cannot become "
          + Arrays.toString(dims));
    }
    return Shape.of(d);
  }

  /** Reorders axes: output axis i is input axis axes[i]. A view. */
  public static Tensor permute(Tensor x, int... axes) {
    int r = x.rank();
    if (axes.length != r) {
      throw new IllegalArgumentException("permute: " + Arrays.toString(axes) + " for shape " + x.shape());
    }
    boolean[] seen = new boolean[r];
    int[] dims = new int[r];
    int[] strides = new int[r];
    int[] xs = x.strides();
    for (int i = 0; i < r; i++) {
      int a = x.shape().axis(axes[i]);
      if (seen[a]) {
        throw new IllegalArgumentException("permute: axis repeated in " + Arrays.toString(axes));
      }
      seen[a] = true;
      dims[i] = x.dim(a);
      strides[i] = xs[a];
    }
    int[] normalized = new int[r];
    for (int i = 0; i < r; i++) {
      normalized[i] = x.shape().axis(axes[i]);
    }
    Tensor y = Tensor.view(x.storage(), x.offset(), strides, Shape.of(dims));
    return Autograd.record("permute", y,
        g -> new Tensor[] {permute(g, Reduce.inversePermutation(normalized))}, x);
  }

  /** Swaps two axes. A view. */
  public static Tensor transpose(Tensor x, int a, int b) {
    int[] p = new int[x.rank()];
    for (int i = 0; i < p.length; i++) {
      p[i] = i;
    }
    int na = x.shape().axis(a);
    int nb = x.shape().axis(b);
    p[na] = nb;
    p[nb] = na;
    return permute(x, p);
  }

  /** Elements [from, to) along an axis. A view. */
  public static Tensor slice(Tensor x, int axis, int from, int to) {
    int a = x.shape().axis(axis);
    if (from < 0 || to > x.dim(a) || from > to) {
      throw new IllegalArgumentException("slice: [" + from + ", " + to + ") out of range for axis " + axis
          + " of shape " + x.shape());
    }
    int[] strides = x.strides();
    Tensor y = Tensor.view(x.storage(), x.offset() + from * strides[a], strides, x.shape().with(a, to - from));
    return Autograd.record("slice", y, g -> new Tensor[] {padSlice(g, x.shape(), a, from)}, x);
  }

  /** Zeros of the given shape with g placed at [from, from + g.dim(axis)) along axis. */
  private static Tensor padSlice(Tensor g, Shape full, int axis, int from) {
    float[] out = new float[full.size()];
    Tensor view = Tensor.view(out, 0, full.contiguousStrides(), full);
    Tensor target = slice(view, axis, from, from + g.dim(axis));
    copyInto(g, target);
    return Tensor.wrap(out, full);
  }

  /** Copies src's values into the (possibly strided) destination view of the same shape. */
  static void copyInto(Tensor src, Tensor dst) {
    StridedCopy.copy(src.storage(), src.offset(), src.strides(), dst.storage(), dst.offset(), dst.strides(),
        dst.dims());
  }

  /** Broadcasts x to a larger shape without copying (stride 0 on expanded axes); the gradient is summed back. */
  public static Tensor expand(Tensor x, Shape shape) {
    Shape check = Shape.broadcast("expand", x.shape(), shape);
    if (!check.equals(shape)) {
      throw new IllegalArgumentException("expand: shape " + x.shape() + " cannot be expanded to " + shape);
    }
    int r = shape.rank();
    int[] strides = new int[r];
    int[] xs = x.strides();
    int shift = r - x.rank();
    for (int i = 0; i < x.rank(); i++) {
      strides[i + shift] = x.dim(i) == 1 && shape.dim(i + shift) != 1 ? 0 : xs[i];
    }
    Tensor y = Tensor.view(x.storage(), x.offset(), strides, shape);
    return Autograd.record("expand", y, g -> new Tensor[] {Reduce.sumTo(g, x.shape())}, x);
  }

  /** x itself when contiguous, else a contiguous copy; the gradient passes unchanged. */
  public static Tensor contiguous(Tensor x) {
    if (x.isContiguous()) {
      return x;
    }
    Tensor y = Tensor.wrap(x.toArray(), x.shape());
    return Autograd.record("contiguous", y, g -> new Tensor[] {g}, x);
  }

  /** Joins tensors along an axis; all other dimensions must agree. */
  public static Tensor concat(int axis, Tensor... parts) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("concat: no tensors");
    }
    Shape first = parts[0].shape();
    int a = first.axis(axis);
    int total = 0;
    for (Tensor p : parts) {
      if (p.rank() != first.rank() || !p.shape().with(a, first.dim(a)).equals(first)) {
        throw new IllegalArgumentException("concat along axis " + axis + ": shapes " + first + " and " + p.shape()
            + " differ off that axis");
      }
      total += p.dim(a);
    }
    Shape out = first.with(a, total);
    float[] o = new float[out.size()];
    Tensor view = Tensor.view(o, 0, out.contiguousStrides(), out);
    int[] starts = new int[parts.length];
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      starts[i] = at;
      copyInto(parts[i], slice(view, a, at, at + parts[i].dim(a)));
      at += parts[i].dim(a);
    }
    Tensor y = Tensor.wrap(o, out);
    return Autograd.record("concat", y, g -> {
      Tensor[] gs = new Tensor[parts.length];
      for (int i = 0; i < parts.length; i++) {
        gs[i] = slice(g, a, starts[i], starts[i] + parts[i].dim(a)).contiguous();
      }
      return gs;
    }, parts);
  }

  /** Rows x[index[i]] along axis 0 (e.g. a mini-batch); the gradient is scatter-added in index order. */
  public static Tensor indexSelect(Tensor x, int[] index) {
    if (x.rank() == 0) {
      throw new IllegalArgumentException("indexSelect: scalar tensor has no rows");
    }
    int rows = x.dim(0);
    int row = rows == 0 ? 0 : x.size() / rows;
    float[] d = x.contiguous().data();
    float[] o = new float[index.length * row];
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= rows) {
        throw new IndexOutOfBoundsException("indexSelect: index " + index[i] + " out of range for " + rows + " rows");
      }
      System.arraycopy(d, index[i] * row, o, i * row, row);
    }
    Tensor y = Tensor.wrap(o, x.shape().with(0, index.length));
    return Autograd.record("indexSelect", y, g -> {
      float[] gd = g.contiguous().data();
      float[] gx = new float[x.size()];
      for (int i = 0; i < index.length; i++) {
        int dst = index[i] * row;
        for (int j = 0; j < row; j++) {
          gx[dst + j] += gd[i * row + j];
        }
      }
      return new Tensor[] {Tensor.wrap(gx, x.shape())};
    }, x);
  }

  /** y[i] = x[i, index[i]] for x of shape [N, K]: picks one entry per row. */
  public static Tensor gather(Tensor x, int[] index) {
    if (x.rank() != 2 || index.length != x.dim(0)) {
      throw new IllegalArgumentException("gather: expects [N, K] input and N indices, got shape " + x.shape()
          + " and " + index.length + " indices");
    }
    int k = x.dim(1);
    float[] d = x.contiguous().data();
    float[] o = new float[index.length];
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= k) {
        throw new IndexOutOfBoundsException("gather: index " + index[i] + " out of range for " + k + " columns");
      }
      o[i] = d[i * k + index[i]];
    }
    Tensor y = Tensor.wrap(o, index.length);
    return Autograd.record("gather", y, g -> {
      float[] gd = g.contiguous().data();
      float[] gx = new float[x.size()];
      for (int i = 0; i < index.length; i++) {
        gx[i * k + index[i]] = gd[i];
      }
      return new Tensor[] {Tensor.wrap(gx, x.shape())};
    }, x);
  }
}

package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.Parallel;

/** Max and average pooling over [N, C, H, W] windows (no padding; Ho = (H − k)/s + 1). */
public final class Pool {

  private Pool() {}

  /** Max over each k×k window; the gradient goes to the first maximal element of the window. */
  public static Tensor maxPool2d(Tensor x, int kernel, int stride) {
    Geometry geo = Geometry.of("maxPool2d", x, kernel, stride);
    float[] xd = x.contiguous().data();
    float[] out = new float[geo.outSize()];
    int[] arg = new int[geo.outSize()];
    Kernels k = Kernels.get();
    Parallel.forRange(geo.planes, 1, (from, to) ->
        k.maxPool(xd, geo.h, geo.w, kernel, stride, geo.ho, geo.wo, from, to, out, arg));
    Tensor y = Tensor.wrap(out, geo.outDims());
    return Autograd.record("maxPool2d", y, g -> {
      float[] gd = g.contiguous().data();
      float[] gx = new float[x.size()];
      // Windows of one plane never touch another plane: planes are independent, so parallel order cannot matter.
      Parallel.forRange(geo.planes, 1, (from, to) -> {
        for (int o = from * geo.ho * geo.wo; o < to * geo.ho * geo.wo; o++) {
          gx[arg[o]] += gd[o];
        }
      });
      return new Tensor[] {Tensor.wrap(gx, x.dims())};
    }, x);
  }

  /** Mean over each k×k window. */
  public static Tensor avgPool2d(Tensor x, int kernel, int stride) {
    Geometry geo = Geometry.of("avgPool2d", x, kernel, stride);
    float[] xd = x.contiguous().data();
    float[] out = new float[geo.outSize()];
    float inv = 1f / (kernel * kernel);
    Parallel.forRange(geo.planes, 1, (from, to) -> {
      for (int pl = from; pl < to; pl++) {
        for (int oy = 0; oy < geo.ho; oy++) {
          for (int ox = 0; ox < geo.wo; ox++) {
            float s = 0f;
            for (int i = 0; i < kernel; i++) {
              for (int j = 0; j < kernel; j++) {
                s += xd[pl * geo.h * geo.w + (oy * stride + i) * geo.w + ox * stride + j];
              }
            }
            out[(pl * geo.ho + oy) * geo.wo + ox] = s * inv;
          }
        }
      }
    });
    Tensor y = Tensor.wrap(out, geo.outDims());
    return Autograd.record("avgPool2d", y, g -> {
      float[] gd = g.contiguous().data();
      float[] gx = new float[x.size()];
      Parallel.forRange(geo.planes, 1, (from, to) -> {
        for (int pl = from; pl < to; pl++) {
          for (int oy = 0; oy < geo.ho; oy++) {
            for (int ox = 0; ox < geo.wo; ox++) {
              float v = gd[(pl * geo.ho + oy) * geo.wo + ox] * inv;
              for (int i = 0; i < kernel; i++) {
                for (int j = 0; j < kernel; j++) {
                  gx[pl * geo.h * geo.w + (oy * stride + i) * geo.w + ox * stride + j] += v;
                }
              }
            }
          }
        }
      });
      return new Tensor[] {Tensor.wrap(gx, x.dims())};
    }, x);
  }

  /** Sizes of a pooling: planes = N·C images of h×w, output ho×wo. */
  private record Geometry(int n, int c, int h, int w, int ho, int wo, int planes) {
    static Geometry of(String op, Tensor x, int kernel, int stride) {
      if (x.rank() != 4) {
        throw new IllegalArgumentException(op + ": expects [N,C,H,W], got " + x.shape());
      }
      if (kernel < 1 || stride < 1 || kernel > x.dim(2) || kernel > x.dim(3)) {
        throw new IllegalArgumentException(op + ": kernel " + kernel + ", stride " + stride + " invalid for "
            + x.shape());
      }
      int ho = (x.dim(2) - kernel) / stride + 1;
      int wo = (x.dim(3) - kernel) / stride + 1;
      return new Geometry(x.dim(0), x.dim(1), x.dim(2), x.dim(3), ho, wo, x.dim(0) * x.dim(1));
    }

    int outSize() {
      return planes * ho * wo;
    }

    int[] outDims() {
      return new int[] {n, c, ho, wo};
    }
  }
}

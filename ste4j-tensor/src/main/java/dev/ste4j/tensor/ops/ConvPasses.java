package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.Parallel;

/**
 * The three passes of a float 2-D convolution on flat arrays, through im2col + GEMM, shared by {@link Conv} and the
 * backward of {@link BinaryLinalg#binaryConv2d}.
 *
 * <p>Samples are processed in groups of G = max(1, ⌊{@value #GROUP_COLUMNS} / (Ho·Wo)⌋) images whose column matrices
 * sit side by side, so that every GEMM has at least ~{@value #GROUP_COLUMNS} columns even on small feature maps. G
 * depends on the shapes only. Forward and input gradient: groups are independent (parallel), and each output element
 * is one GEMM chain over C·kh·kw. Weight gradient: each group's GEMM (a chain over G·Ho·Wo) writes its own partial,
 * and the partials are summed in group order — so the result is the same for any thread count.
 */
final class ConvPasses {

  /** Target GEMM width (columns) of one sample group. */
  static final int GROUP_COLUMNS = 1024;

  /**
   * Per-thread work arrays, reused from call to call: the column matrices of a training step come to hundreds of
   * megabytes, and fresh ones were zeroed only to be overwritten. Every use writes the part it reads first (GEMM
   * outputs without accumulation, patch rows, gathered gradients, channel-last images), so reuse cannot change results.
   */
  private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[3][0]);
  private static final int COLUMNS = 0;
  private static final int GRADIENTS = 1;
  private static final int IMAGE = 2;

  /** Channel counts from which patch rows are copied with System.arraycopy rather than an inline loop. */
  private static final int LONG_RUN = 16;

  final int n;
  final int c;
  final int h;
  final int w;
  final int o;
  final int kh;
  final int kw;
  final int stride;
  final int pad;
  final int ho;
  final int wo;
  final int hw;
  final int ckk;
  final int group;
  final int groups;

  ConvPasses(int n, int c, int h, int w, int o, int kh, int kw, int stride, int pad) {
    this.n = n;
    this.c = c;
    this.h = h;
    this.w = w;
    this.o = o;
    this.kh = kh;
    this.kw = kw;
    this.stride = stride;
    this.pad = pad;
    this.ho = Im2Col.outSize(h, kh, stride, pad);
    this.wo = Im2Col.outSize(w, kw, stride, pad);
    this.hw = ho * wo;
    this.ckk = c * kh * kw;
    this.group = Math.max(1, Math.min(n, GROUP_COLUMNS / Math.max(1, hw)));
    this.groups = (n + group - 1) / group;
  }

  /**
   * The passes of a convolution of x [N, C, H, W] with weight [O, C, kh, kw] and an optional bias [O], after the
   * checks {@link Conv#conv2d} and {@link BinaryLinalg#binaryConv2d} share; {@code op} names the op in the errors.
   */
  static ConvPasses checked(String op, Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
    if (x.rank() != 4 || weight.rank() != 4 || x.dim(1) != weight.dim(1)) {
      throw new IllegalArgumentException(op + ": input [N,C,H,W] and weight [O,C,kh,kw] must agree on C, got "
          + x.shape() + " and " + weight.shape());
    }
    if (bias != null && (bias.rank() != 1 || bias.dim(0) != weight.dim(0))) {
      throw new IllegalArgumentException(op + ": bias must be [" + weight.dim(0) + "], got " + bias.shape());
    }
    if (stride < 1 || padding < 0) {
      throw new IllegalArgumentException(op + ": stride must be ≥ 1 and padding ≥ 0, got " + stride + ", " + padding);
    }
    ConvPasses passes = new ConvPasses(x.dim(0), x.dim(1), x.dim(2), x.dim(3), weight.dim(0), weight.dim(2),
        weight.dim(3), stride, padding);
    if (passes.ho < 1 || passes.wo < 1) {
      throw new IllegalArgumentException(op + ": kernel " + passes.kh + "×" + passes.kw + " larger than padded input "
          + x.shape());
    }
    return passes;
  }

  private static float[] scratch(int slot, int size) {
    float[][] arrays = SCRATCH.get();
    if (arrays[slot].length < size) {
      arrays[slot] = new float[size];
    }
    return arrays[slot];
  }

  private int size(int g) {
    return Math.min(group, n - g * group);
  }

  /** y[N, O, Ho, Wo] = W[O, C·kh·kw] · cols(x), plus bias[O] when not null. */
  float[] forward(float[] xd, float[] wd, float[] bias) {
    float[] out = new float[n * o * hw];
    Kernels k = Kernels.get();
    forGroups((g, gs, ld, cols, y) -> {
      for (int s = 0; s < gs; s++) {
        Im2Col.unfold(xd, (g * group + s) * c * h * w, c, h, w, kh, kw, stride, pad, cols, s * hw, ld);
      }
      k.gemm(false, false, o, ld, ckk, wd, 0, ckk, cols, 0, ld, y, 0, ld, false);
      for (int s = 0; s < gs; s++) {
        for (int oc = 0; oc < o; oc++) {
          int dst = ((g * group + s) * o + oc) * hw;
          System.arraycopy(y, oc * ld + s * hw, out, dst, hw);
          if (bias != null) {
            float b = bias[oc];
            for (int p = 0; p < hw; p++) {
              out[dst + p] += b;
            }
          }
        }
      }
    });
    return out;
  }

  /** The work on one sample group g of gs samples (ld = gs·Ho·Wo columns) in the forward or the input gradient. */
  private interface GroupPass {
    /** {@code cols} holds [C·kh·kw, ld] and {@code outputs} [O, ld]: this thread's scratch, written before read. */
    void run(int g, int gs, int ld, float[] cols, float[] outputs);
  }

  /** Runs {@code pass} on every sample group, groups split over threads (each group is independent). */
  private void forGroups(GroupPass pass) {
    Parallel.forRange(groups, 1, (from, to) -> {
      float[] cols = scratch(COLUMNS, ckk * group * hw);
      float[] outputs = scratch(GRADIENTS, o * group * hw);
      for (int g = from; g < to; g++) {
        int gs = size(g);
        pass.run(g, gs, gs * hw, cols, outputs);
      }
    });
  }

  /** Copies the output gradient of group g into [O, gs·Ho·Wo] (samples side by side). */
  private void gatherGrad(float[] gd, int g, int gs, float[] dst) {
    int ld = gs * hw;
    for (int s = 0; s < gs; s++) {
      for (int oc = 0; oc < o; oc++) {
        System.arraycopy(gd, ((g * group + s) * o + oc) * hw, dst, oc * ld + s * hw, hw);
      }
    }
  }

  /** ∂L/∂x [N, C, H, W] = fold(Wᵀ · g) per sample. */
  float[] inputGrad(float[] gd, float[] wd) {
    float[] gx = new float[n * c * h * w];
    Kernels k = Kernels.get();
    forGroups((g, gs, ld, cols, gcat) -> {
      gatherGrad(gd, g, gs, gcat);
      k.gemm(true, false, ckk, ld, o, wd, 0, ckk, gcat, 0, ld, cols, 0, ld, false);
      for (int s = 0; s < gs; s++) {
        Im2Col.fold(cols, s * hw, ld, c, h, w, kh, kw, stride, pad, gx, (g * group + s) * c * h * w);
      }
    });
    return gx;
  }

  /**
   * ∂L/∂W [O, C·kh·kw] = Σ over groups, in order, of g_group · cols(x_group)ᵀ.
   *
   * <p>cols(x)ᵀ is built directly as patch rows [G·Ho·Wo, kh·kw·C] — one row per output position, taps (i, j) outer
   * and channels inner, copied as runs of C floats from a channel-last copy of each image — so the GEMM reads it
   * untransposed (packing a transposed column matrix was 13 % of bnn-vgg-small). The product's columns come out in
   * (i, j, c) order and are permuted to (c, i, j) at the end. Every element is still the single FMA chain over the
   * positions p in order, so the values are exactly those of g · cols(x)ᵀ.
   */
  float[] weightGrad(float[] gd, float[] xd) {
    int size = o * ckk;
    int taps = kh * kw;
    float[] partials = new float[groups * size];
    Kernels k = Kernels.get();
    Parallel.forRange(groups, 1, (from, to) -> {
      float[] rows = scratch(COLUMNS, group * hw * ckk);
      float[] image = scratch(IMAGE, h * w * c);
      float[] gcat = scratch(GRADIENTS, o * group * hw);
      for (int g = from; g < to; g++) {
        int gs = size(g);
        int ld = gs * hw;
        for (int s = 0; s < gs; s++) {
          patchRows(xd, (g * group + s) * c * h * w, image, rows, s * hw * ckk);
        }
        gatherGrad(gd, g, gs, gcat);
        k.gemm(false, false, o, ckk, ld, gcat, 0, ld, rows, 0, ckk, partials, g * size, ckk, false);
      }
    });
    float[] gw = new float[size];
    Parallel.forRange(o, Math.max(1, 4096 / ckk), (from, to) -> {
      float[] sum = new float[ckk];
      for (int oc = from; oc < to; oc++) {
        // As Σ_g from 0 (a single group's partial is taken as is, −0 included).
        if (groups == 1) {
          System.arraycopy(partials, oc * ckk, sum, 0, ckk);
        } else {
          java.util.Arrays.fill(sum, 0f);
        }
        for (int g = groups == 1 ? 1 : 0; g < groups; g++) {
          int base = g * size + oc * ckk;
          for (int q = 0; q < ckk; q++) {
            sum[q] += partials[base + q];
          }
        }
        // Column (t, ch) of the product is weight element (ch, t).
        int dst = oc * ckk;
        for (int t = 0; t < taps; t++) {
          for (int ch = 0; ch < c; ch++) {
            gw[dst + ch * taps + t] = sum[t * c + ch];
          }
        }
      }
    });
    return gw;
  }

  /**
   * Writes the Ho·Wo patch rows of one image [C, H, W] from xOff: row (oy, ox) holds, for each tap (i, j), the C
   * channel values at (oy·s − p + i, ox·s − p + j), zeros outside the image. {@code image} is scratch for the
   * channel-last copy [H, W, C].
   */
  private void patchRows(float[] xd, int xOff, float[] image, float[] rows, int rowsOff) {
    int plane = h * w;
    for (int p0 = 0; p0 < plane; p0 += 32) {
      int p1 = Math.min(plane, p0 + 32);
      for (int ch = 0; ch < c; ch++) {
        int src = xOff + ch * plane;
        for (int p = p0; p < p1; p++) {
          image[p * c + ch] = xd[src + p];
        }
      }
    }
    int dst = rowsOff;
    for (int oy = 0; oy < ho; oy++) {
      for (int ox = 0; ox < wo; ox++) {
        for (int i = 0; i < kh; i++) {
          int y = oy * stride - pad + i;
          for (int j = 0; j < kw; j++, dst += c) {
            int xx = ox * stride - pad + j;
            boolean outside = y < 0 || y >= h || xx < 0 || xx >= w;
            if (c >= LONG_RUN) {
              if (outside) {
                java.util.Arrays.fill(rows, dst, dst + c, 0f);
              } else {
                System.arraycopy(image, (y * w + xx) * c, rows, dst, c);
              }
            } else {
              // Short runs (LeNet's first layer has C = 1): a call per run cost more than the copy itself.
              int src = (y * w + xx) * c;
              for (int q = 0; q < c; q++) {
                rows[dst + q] = outside ? 0f : image[src + q];
              }
            }
          }
        }
      }
    }
  }
}

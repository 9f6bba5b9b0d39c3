package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every kernel choice is made in one place and names its reason. */
class KernelProviderTest {

  private final int savedThreads = Parallel.threads();

  @AfterEach
  void restore() {
    KernelSelection.force("auto");
    Parallel.setThreads(savedThreads);
  }

  @Test
  void describeNamesEveryChoiceWithItsReason() {
    assertThat(KernelProvider.describe()).hasSize(6);
    assertThat(KernelProvider.describe().get(0)).startsWith("kernels: ").contains(KernelSelection.selected().reason());
    assertThat(KernelProvider.describe().get(1)).startsWith("caches: L1d ").contains(CpuCaches.detect().source());
    assertThat(KernelProvider.describe().get(2)).startsWith("bit-packed kernels: ").contains(BitKernels.describe());
    assertThat(KernelProvider.describe().get(3)).startsWith("column XNOR: o");
    assertThat(KernelProvider.describe().get(4)).startsWith("binary convolution: patches by "
        + (KernelProvider.convByColumns() ? "columns" : "rows"));
    assertThat(KernelProvider.describe().get(5)).startsWith("threads: " + Parallel.threads() + " (");
  }

  @Test
  void theConvolutionRunsByColumnsExactlyWithTheVectorTiles() {
    KernelSelection.force("scalar");
    assertThat(KernelProvider.convByColumns()).isFalse();
    KernelSelection.force("vector");
    assertThat(KernelProvider.convByColumns()).isEqualTo(!KernelProvider.scalarCounts());
  }

  @Test
  void scalarKernelsUseTheScalarTilesAndNoVectorWidth() {
    KernelSelection.force("scalar");
    assertThat(KernelProvider.tiles()).isSameAs(ScalarBitTiles.INSTANCE);
    assertThat(KernelProvider.bitTiles().reason()).contains("scalar float kernels");
    assertThat(KernelProvider.floatKernels().value()).isEqualTo("scalar");
    assertThat(KernelProvider.columnXnor()).isEqualTo(KernelProvider.columnXnorChoice().value().equals("on"));
  }

  @Test
  void vectorKernelsNameTheirWidth() {
    KernelSelection.force("vector");
    assertThat(KernelProvider.floatKernels().value()).contains(" floats per vector");
    assertThat(KernelProvider.scalarCounts()).isEqualTo(Runtime.version().feature() < 19);
    if (KernelProvider.scalarCounts()) {
      // Without a vector bit count the counts are scalar, but the signs are still packed on the Vector API.
      assertThat(KernelProvider.tiles()).isInstanceOf(VectorPackingTiles.class);
      assertThat(KernelProvider.bitTiles().reason()).contains("vector packing");
    } else {
      assertThat(KernelProvider.columnXnor()).isFalse();
    }
  }

  @Test
  void aThreadCountSetForTheRunSaysSo() {
    Parallel.setThreads(KernelProvider.defaultThreads() + 1);
    assertThat(KernelProvider.threads()).hasToString((KernelProvider.defaultThreads() + 1) + " (set for this run)");
    Parallel.setThreads(KernelProvider.defaultThreads());
    assertThat(KernelProvider.threads().value()).isEqualTo(Integer.toString(KernelProvider.defaultThreads()));
  }
}

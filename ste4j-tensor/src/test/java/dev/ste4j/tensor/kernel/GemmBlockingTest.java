package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GEMM's blocking comes from the caches, and no blocking changes a bit of the result: the order of every k-sum
 * is fixed whatever the k-block, the rows per task or the thread count.
 */
class GemmBlockingTest {

  @TempDir Path dir;

  @Test
  void cachesAreReadFromSysfsAndFallBackWhenIncomplete() throws IOException {
    cache("index0", 1, "Data", "48K");
    cache("index1", 1, "Instruction", "32K");
    cache("index2", 2, "Unified", "2048K");
    cache("index3", 3, "Unified", "105M");
    CpuCaches c = CpuCaches.read(dir);
    assertThat(c).isEqualTo(new CpuCaches(48 << 10, 2 << 20, 105L << 20, "sysfs"));
    assertThat(c.toString()).isEqualTo("L1d 48 KiB, L2 2 MiB, L3 105 MiB (sysfs)");
    assertThat(CpuCaches.read(dir.resolve("missing"))).isEqualTo(CpuCaches.FALLBACK);
    assertThat(CpuCaches.parseSize("512K")).isEqualTo(512 << 10);
    assertThat(CpuCaches.parseSize("1M")).isEqualTo(1 << 20);
    assertThat(CpuCaches.parseSize("4096")).isEqualTo(4096);
  }

  @Test
  void blockingFollowsL2AndTheTile() {
    CpuCaches zen4 = new CpuCaches(32 << 10, 1 << 20, 32 << 20, "test");
    CpuCaches zen2 = new CpuCaches(32 << 10, 512 << 10, 16 << 20, "test");
    CpuCaches xeon = new CpuCaches(48 << 10, 2 << 20, 105L << 20, "test");
    assertThat(GemmBlocking.of(zen4, 12, 32)).extracting(GemmBlocking::kc, GemmBlocking::mc).containsExactly(1024, 60);
    assertThat(GemmBlocking.of(zen2, 6, 16)).extracting(GemmBlocking::kc, GemmBlocking::mc).containsExactly(1024, 30);
    assertThat(GemmBlocking.of(xeon, 12, 32)).extracting(GemmBlocking::kc, GemmBlocking::mc).containsExactly(2048, 60);
    GemmBlocking tiny = GemmBlocking.of(new CpuCaches(16 << 10, 64 << 10, 0, "test"), 6, 16);
    assertThat(tiny.kc()).isEqualTo(256);
    assertThat(tiny.mc()).isEqualTo(24);
  }

  @Test
  void everyBlockingAndThreadCountGivesBitwiseTheSameProduct() {
    Rng rng = new Rng(13);
    GemmBlocking[] blockings = {new GemmBlocking(1024, 60, "a"), new GemmBlocking(256, 30, "b"),
        new GemmBlocking(37, 6, "c"), new GemmBlocking(4096, 120, "d")};
    int[][] sizes = {{1, 1, 1}, {7, 33, 300}, {64, 50, 1100}, {130, 17, 2100}};
    for (int[] size : sizes) {
      int m = size[0];
      int n = size[1];
      int k = size[2];
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          float[] a = new float[m * k];
          float[] b = new float[k * n];
          rng.fillGaussian(a, 1f);
          rng.fillGaussian(b, 1f);
          float[] c0 = new float[m * n];
          rng.fillGaussian(c0, 1f);
          float[] reference = null;
          for (GemmBlocking blocking : blockings) {
            for (int threads : new int[] {1, 2, 3}) {
              float[] c = c0.clone();
              try (Parallel.Scope s = Parallel.withThreads(threads)) {
                VectorGemm.gemm(blocking, ta, tb, m, n, k, a, 0, ta ? m : k, b, 0, tb ? k : n, c, 0, n, true);
              }
              if (reference == null) {
                reference = c;
              } else {
                assertThat(c).as("%dx%dx%d ta=%s tb=%s %s threads %d", m, n, k, ta, tb, blocking, threads)
                    .isEqualTo(reference);
              }
            }
          }
        }
      }
    }
  }

  private void cache(String index, int level, String type, String size) throws IOException {
    Path d = Files.createDirectories(dir.resolve(index));
    Files.writeString(d.resolve("level"), level + "\n");
    Files.writeString(d.resolve("type"), type + "\n");
    Files.writeString(d.resolve("size"), size + "\n");
  }
}

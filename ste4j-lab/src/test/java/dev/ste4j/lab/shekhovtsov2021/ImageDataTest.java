package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.store.DataStore;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDataTest {

  @TempDir
  Path dir;

  static void images(Path file, int n, int seed) throws IOException {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeInt(0x00000803);
      out.writeInt(n);
      out.writeInt(28);
      out.writeInt(28);
      for (int i = 0; i < n * 784; i++) {
        out.writeByte((i * 31 + seed) % 256);
      }
    }
  }

  static void labels(Path file, int n) throws IOException {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeInt(0x00000801);
      out.writeInt(n);
      for (int i = 0; i < n; i++) {
        out.writeByte(i % 10);
      }
    }
  }

  @Test
  void loadsAFolderOfIdxFilesAsUnitRangeFeatures() throws IOException {
    Path mnist = Files.createDirectories(dir.resolve("mnist"));
    images(mnist.resolve("train-images-idx3-ubyte"), 3, 1);
    labels(mnist.resolve("train-labels-idx1-ubyte"), 3);
    images(mnist.resolve("t10k-images-idx3-ubyte"), 2, 2);
    labels(mnist.resolve("t10k-labels-idx1-ubyte"), 2);
    LabeledData[] tt = ImageData.load("mnist", new DataStore(dir));
    assertThat(tt[0].rows()).isEqualTo(3);
    assertThat(tt[1].rows()).isEqualTo(2);
    assertThat(tt[0].dims()).isEqualTo(784);
    assertThat(tt[0].classes()).isEqualTo(10);
    assertThat(tt[0].labels()).containsExactly(0, 1, 2);
    assertThat(tt[0].features()[1]).isEqualTo(32 / 255f);
  }

  @Test
  void aMissingDataSetSaysHowToFetchIt() {
    assertThatThrownBy(() -> ImageData.load("fashion-mnist", new DataStore(dir).withFetching(false)))
        .isInstanceOf(DatasetUnavailableException.class).hasMessageContaining("ste data fetch fashion-mnist");
    assertThatThrownBy(() -> ImageData.load("cifar10", new DataStore(dir))).hasMessageContaining("mnist");
  }
}

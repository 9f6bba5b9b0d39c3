package dev.ste4j.cli;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small MNIST folder in the IDX format, for command tests that train on "MNIST" without the real files. */
public final class SyntheticMnist {

  private SyntheticMnist() {}

  /** Writes {@code folder}'s four IDX files: {@code train} and {@code test} images, created with the folder. */
  public static Path write(Path folder, int train, int test) throws IOException {
    Files.createDirectories(folder);
    idx(folder.resolve("train-images-idx3-ubyte"), folder.resolve("train-labels-idx1-ubyte"), train);
    idx(folder.resolve("t10k-images-idx3-ubyte"), folder.resolve("t10k-labels-idx1-ubyte"), test);
    return folder;
  }

  /** An MNIST-shaped IDX pair whose label is a function of the image, so there is something to learn. */
  private static void idx(Path images, Path labels, int n) throws IOException {
    try (DataOutputStream im = new DataOutputStream(Files.newOutputStream(images));
        DataOutputStream lb = new DataOutputStream(Files.newOutputStream(labels))) {
      im.writeInt(0x00000803);
      im.writeInt(n);
      im.writeInt(28);
      im.writeInt(28);
      lb.writeInt(0x00000801);
      lb.writeInt(n);
      for (int i = 0; i < n; i++) {
        int label = i % 10;
        for (int p = 0; p < 784; p++) {
          im.writeByte(p / 78 == label ? 255 : (p * 7 + i) % 40);
        }
        lb.writeByte(label);
      }
    }
  }
}

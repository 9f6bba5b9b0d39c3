package dev.ste4j.examples;

import dev.ste4j.tensor.random.Rng;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small MNIST-format data folder ({@code <root>/mnist/} with the four uncompressed IDX files) whose classes
 * are separable: class k lights a 7×7 block of its own (k-th of the 4×4 grid of blocks) at values 160–255, and every
 * pixel carries uniform noise in [0, 64), so a linear read-out of the blocks classifies perfectly.
 */
final class SyntheticMnist {

  static final int SIDE = 28;

  private SyntheticMnist() {}

  static void write(Path root, int trainSize, int testSize, long seed) throws IOException {
    Path dir = Files.createDirectories(root.resolve("mnist"));
    Rng rng = new Rng(seed);
    write(dir, "train-images-idx3-ubyte", "train-labels-idx1-ubyte", trainSize, rng.split(1));
    write(dir, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", testSize, rng.split(2));
  }

  private static void write(Path dir, String images, String labels, int n, Rng rng) throws IOException {
    byte[] pixels = new byte[n * SIDE * SIDE];
    byte[] classes = new byte[n];
    for (int i = 0; i < n; i++) {
      int k = i % 10;
      classes[i] = (byte) k;
      int top = (k / 4) * 7;
      int left = (k % 4) * 7;
      for (int r = 0; r < SIDE; r++) {
        for (int c = 0; c < SIDE; c++) {
          boolean lit = r >= top && r < top + 7 && c >= left && c < left + 7;
          int v = lit ? 160 + rng.nextInt(96) : rng.nextInt(64);
          pixels[i * SIDE * SIDE + r * SIDE + c] = (byte) v;
        }
      }
    }
    try (OutputStream f = Files.newOutputStream(dir.resolve(images)); DataOutputStream out = new DataOutputStream(f)) {
      out.writeInt(0x00000803);
      out.writeInt(n);
      out.writeInt(SIDE);
      out.writeInt(SIDE);
      out.write(pixels);
    }
    try (OutputStream f = Files.newOutputStream(dir.resolve(labels)); DataOutputStream out = new DataOutputStream(f)) {
      out.writeInt(0x00000801);
      out.writeInt(n);
      out.write(classes);
    }
  }
}

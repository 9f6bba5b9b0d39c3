import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Exported bit-packed bnn-vgg-small on 64 random 3x32x32 samples: best of 5 timed passes after 2 warm-up passes. */
public class ExportedVggInfer {
  public static void main(String[] a) throws Exception {
    Module m = Models.create("bnn-vgg-small", ModelConfig.binary().withSeed(1));
    Path f = Files.createTempFile("vgg", ".ste");
    ModelExporter.export(m, "bnn-vgg-small", new int[] {3, 32, 32}, f);
    ExportedModel e = ExportedModel.load(f);
    int n = 64;
    float[] x = new float[n * 3 * 32 * 32];
    Random r = new Random(1);
    for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
    Dataset d = new Dataset("rand", x, new int[n], new int[] {3, 32, 32}, 10);
    int sum = 0;
    for (int i = 0; i < 2; i++) sum += e.predict(d)[0];
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      sum += e.predict(d)[0];
      best = Math.min(best, (System.nanoTime() - t) / 1e9);
    }
    System.out.printf("infer bnn-vgg-small exported: %.0f samples/s (checksum %d)%n", n / best, sum);
  }
}

package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.cli.SyntheticMnist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Yin2019DeepCommandsTest extends InProcessCliTest {

  @TempDir Path dir;

  private Path onlyRunFolder(Path root) throws IOException {
    return RunFolders.only(root);
  }

  @Test
  void aMissingCifar10IsOneClearLineAndWritesNothing() {
    Path runs = dir.resolve("runs");
    assertThat(run("lab", "yin2019", "table1", "--network", "resnet20", "--epochs", "1", "--data-dir",
        dir.resolve("empty").toString(), "--out", runs.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("CIFAR-10 is not in").contains("data_batch_1.bin")
        .contains("docs/DATA.md").contains("could not be fetched");
    assertThat(err.toString().strip().lines().count()).isEqualTo(1);
    assertThat(runs).doesNotExist();
    assertThat(run("lab", "yin2019", "figure2", "--network", "vgg11", "--data-dir", dir.resolve("empty").toString(),
        "--out", runs.toString())).isEqualTo(2);
    assertThat(runs).doesNotExist();
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("lab", "yin2019", "table1", "--network", "alexnet", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("lenet5, vgg11, resnet20");
    assertThat(run("lab", "yin2019", "table1", "--bits", "3", "--out", dir.toString())).isEqualTo(2);
    assertThat(run("lab", "yin2019", "table1", "--ste", "sign", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("identity, relu, clipped_relu");
    assertThat(run("lab", "yin2019", "figure2", "--then-epochs", "-1", "--out", dir.toString())).isEqualTo(2);
    assertThat(run("lab", "yin2019", "figure2", "--bits", "2,4", "--out", dir.toString())).isEqualTo(2);
    assertThat(run("lab", "yin2019", "figure2", "--continue-ste", "sign", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("identity, relu, clipped_relu");
    assertThat(run("lab", "yin2019", "figure2", "--continue-ste", "relu,relu", "--out", dir.toString())).isEqualTo(2);
    assertThat(run("lab", "yin2019", "figure2", "--seeds", "1,1", "--out", dir.toString())).isEqualTo(2);
    assertThat(run("lab", "yin2019", "figure2", "--seeds", "1,2", "--from", dir.toString(), "--out", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("cannot be combined with several --seeds");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void table1AndFigure2RunOnASmallMnistFolder() throws IOException {
    SyntheticMnist.write(dir.resolve("data/mnist"), 64, 20);
    String data = dir.resolve("data").toString();
    assertThat(run("lab", "yin2019", "table1", "--data-dir", data, "--out", dir.resolve("t").toString(), "--epochs",
        "1", "--pretrain-epochs", "1", "--bits", "2", "--ste", "identity,clipped_relu", "--batch", "16", "--threads",
        "1")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("table1 lenet5, 1 epoch(s) (reduced scale)").contains("(paper 98.49%)");
    Path t = onlyRunFolder(dir.resolve("t"));
    assertThat(Files.readString(t.resolve("table1.csv"))).startsWith("network,bits,ste,epochs,train_loss")
        .contains("lenet5,2,clipped_relu,1,");
    assertThat(t.resolve("table1-train-loss.png")).exists();
    assertThat(t.resolve("table1-test-accuracy.png")).exists();
    assertThat(Files.readString(t.resolve("report.html"))).contains("REDUCED SCALE").contains("99.23");
    assertThat(err.toString()).contains("yin2019 lenet5 float epoch 1/1");

    assertThat(run("lab", "yin2019", "figure2", "--data-dir", data, "--out", dir.resolve("f").toString(), "--epochs",
        "1", "--pretrain-epochs", "1", "--drift-epochs", "2", "--then-epochs", "1", "--batch", "16"))
        .as(err.toString()).isZero();
    Path f = onlyRunFolder(dir.resolve("f"));
    assertThat(Files.readString(f.resolve("figure2.csv"))).contains("1,relu,identity,0,start,")
        .contains("1,clipped_relu,identity,3,normal,");
    assertThat(f.resolve("figure2-test-error.png")).exists();
    assertThat(f.resolve("figure2-minima-table1.csv")).exists();
    assertThat(out.toString()).contains("figure2 lenet5; seed 1 from relu with identity:");

    assertThat(t.resolve("table1-2bit-clipped_relu.ckpt")).exists();
    assertThat(run("lab", "yin2019", "figure2", "--data-dir", data, "--out", dir.resolve("g").toString(), "--bits",
        "2", "--ste", "clipped_relu", "--from", t.toString(), "--drift-epochs", "1", "--then-epochs", "0", "--batch",
        "16")).as(err.toString()).isZero();
    Path g = onlyRunFolder(dir.resolve("g"));
    assertThat(Files.readString(g.resolve("report.html"))).contains("loaded from the checkpoints of a Table 1 run");
    assertThat(g.resolve("figure2-minima-table1.csv")).doesNotExist();
    assertThat(run("lab", "yin2019", "figure2", "--data-dir", data, "--out", dir.resolve("h").toString(), "--from",
        t.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("table1-4bit-relu.ckpt");
    assertThat(dir.resolve("h")).doesNotExist();
  }

  @Test
  void figure2ContinuesWithTheGivenStesOverSeveralSeedsAndJudgesEachCurve() throws IOException {
    SyntheticMnist.write(dir.resolve("data/mnist"), 64, 20);
    assertThat(run("lab", "yin2019", "figure2", "--data-dir", dir.resolve("data").toString(), "--out",
        dir.resolve("f").toString(), "--epochs", "1", "--pretrain-epochs", "1", "--drift-epochs", "3", "--then-epochs",
        "0", "--batch", "16", "--ste", "clipped_relu", "--continue-ste", "relu,identity", "--seeds", "5,6,7"))
        .as(err.toString()).isZero();
    Path f = onlyRunFolder(dir.resolve("f"));
    String summary = Files.readString(f.resolve("figure2-summary.csv"));
    assertThat(summary).contains("drifted").contains("5,clipped_relu,relu,").contains("7,clipped_relu,identity,");
    assertThat(summary.strip().lines().count()).isEqualTo(1 + 3 * 2);
    assertThat(f.resolve("figure2-train-loss-relu.png")).exists();
    assertThat(f.resolve("figure2-train-loss-identity.png")).exists();
    assertThat(f.resolve("figure2-minima-seed6-table1.csv")).exists();
    String runJson = Files.readString(f.resolve("run.json"));
    assertThat(runJson).contains("\"continueSte\" : [ \"relu\", \"identity\" ]").contains("\"seeds\" : [ 5, 6, 7 ]")
        .contains("--seeds 5,6,7 --network lenet5 --bits 4 --ste clipped_relu --continue-ste relu,identity");
    String claims = Files.readString(f.resolve("report.html"));
    assertThat(claims).contains("Figure 4: continued with the ReLU STE").contains("Figure 2: continued with the identity")
        .contains("3 seed(s)");
  }

  @Test
  void table1OverSeveralSeedsReportsMeanSdAndTheBinomialError() throws IOException {
    SyntheticMnist.write(dir.resolve("data/mnist"), 64, 20);
    assertThat(run("lab", "yin2019", "table1", "--data-dir", dir.resolve("data").toString(), "--out",
        dir.resolve("t").toString(), "--epochs", "1", "--pretrain-epochs", "1", "--bits", "2", "--ste", "relu",
        "--batch", "16", "--threads", "1", "--seeds", "3,4")).as(err.toString()).isZero();
    Path t = onlyRunFolder(dir.resolve("t"));
    String spread = Files.readString(t.resolve("table1-seeds.csv"));
    assertThat(spread).startsWith("network,bits,ste,seeds,test_accuracy_mean_pct,test_accuracy_sd_pct,binomial_se_pct")
        .contains("lenet5,2,relu,2,");
    assertThat(t.resolve("seed3-table1.csv")).exists();
    assertThat(t.resolve("seed4/table1-2bit-relu.ckpt")).exists();
    assertThat(run("lab", "yin2019", "table1", "--seeds", "3,3", "--out", dir.resolve("u").toString()))
        .isEqualTo(2);
    assertThat(run("lab", "yin2019", "table1", "--seeds", "3", "--out", dir.resolve("u").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("for one, give --seed 3");
    assertThat(dir.resolve("u")).doesNotExist();
  }

  @Test
  void vgg11AndResnet20RunWithTheSameCommandWhereCifar10IsPresent() throws IOException {
    Path cifar = Files.createDirectories(dir.resolve("data/cifar10"));
    for (int b = 1; b <= 5; b++) {
      cifarBatch(cifar.resolve("data_batch_" + b + ".bin"), 4, b);
    }
    cifarBatch(cifar.resolve("test_batch.bin"), 6, 9);
    String data = dir.resolve("data").toString();
    for (String network : List.of("vgg11", "resnet20")) {
      Path runs = dir.resolve(network);
      assertThat(run("lab", "yin2019", "table1", "--network", network, "--data-dir", data, "--out", runs.toString(),
          "--epochs", "1", "--pretrain-epochs", "1", "--bits", "4", "--ste", "clipped_relu", "--batch", "10"))
          .as(err.toString()).isZero();
      assertThat(out.toString()).contains("table1 " + network + ", 1 epoch(s) (reduced scale)");
      assertThat(Files.readString(onlyRunFolder(runs).resolve("table1.csv"))).contains(network + ",4,clipped_relu,1,");
      assertThat(err.toString()).contains("yin2019 " + network + " 4-bit clipped_relu epoch 1/1");
    }
  }

  /** A CIFAR-10 binary batch of n records whose label is a function of the image. */
  private static void cifarBatch(Path file, int n, int salt) throws IOException {
    byte[] bytes = new byte[n * 3073];
    for (int i = 0; i < n; i++) {
      int label = (i + salt) % 10;
      bytes[i * 3073] = (byte) label;
      for (int p = 0; p < 3072; p++) {
        bytes[i * 3073 + 1 + p] = (byte) (p / 308 == label ? 250 : (p * 13 + i + salt) % 60);
      }
    }
    Files.write(file, bytes);
  }
}

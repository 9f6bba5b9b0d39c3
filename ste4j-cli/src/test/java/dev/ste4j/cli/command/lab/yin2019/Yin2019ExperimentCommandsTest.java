package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.lab.yin2019.AlignmentSurveyConfig;
import dev.ste4j.lab.yin2019.ConvergenceConfig;
import dev.ste4j.lab.yin2019.InstabilityConfig;
import dev.ste4j.lab.yin2019.OneStepLossConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class Yin2019ExperimentCommandsTest extends InProcessCliTest {

  @TempDir Path dir;

  private Path onlyRunFolder() throws IOException {
    return RunFolders.only(dir);
  }

  @Test
  void convergenceWritesItsTablesPlotsAndReport() throws Exception {
    assertThat(run("lab", "yin2019", "convergence", "--out", dir.toString(), "--runs", "3", "--iterations", "200",
        "--empirical-runs", "1", "--empirical-iterations", "50", "--samples", "40", "--seed", "5")).isEqualTo(0);
    Path run = onlyRunFolder();
    assertThat(Files.readString(run.resolve("convergence-summary.csv")))
        .startsWith("mode,start,ste,runs,global,global_low95,global_high95,spurious,spurious_low95,spurious_high95,"
            + "other");
    assertThat(run.resolve("convergence-loss.png")).exists();
    assertThat(run.resolve("convergence-theta-identity.svg")).exists();
    assertThat(Files.readString(run.resolve("report.html"))).contains("Coarse gradient descent");
    assertThat(Files.readString(run.resolve("run.json"))).contains("\"succeeded\"");
    assertThat(out.toString()).contains("fraction reaching the global minimum").contains("report: ");
  }

  @Test
  void instabilityAlignmentAndFigure1Run() throws Exception {
    assertThat(run("lab", "yin2019", "instability", "--out", dir.resolve("b").toString(), "--ms", "3,4",
        "--iterations", "50", "--gaps", "0.1,0.001")).isEqualTo(0);
    assertThat(out.toString()).contains("|E g_id| at the spurious minimizer vs paper");
    assertThat(run("lab", "yin2019", "alignment", "--out", dir.resolve("c").toString(), "--points", "50"))
        .isEqualTo(0);
    assertThat(out.toString()).contains("smallest cosine");
    assertThat(run("lab", "yin2019", "figure1", "--out", dir.resolve("d").toString(), "--samples", "5,20",
        "--steps", "11")).isEqualTo(0);
    assertThat(out.toString()).contains("N=5").contains("N=20");
  }

  @Test
  void impossibleOptionsExitWithCodeTwo() {
    assertThat(run("lab", "yin2019", "figure1", "--out", dir.toString(), "--ste", "sigmoid")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown STE 'sigmoid'");
    assertThat(run("lab", "yin2019", "convergence", "--out", dir.toString(), "--m", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("m >= 1");
    assertThat(run("lab", "yin2019", "instability", "--out", dir.toString(), "--ms", "1")).isEqualTo(2);
  }

  @Test
  void defaultsAreTheQuickScale() {
    Yin2019ConvergenceCommand a = CommandLine.populateCommand(new Yin2019ConvergenceCommand());
    assertThat(a.config()).isEqualTo(ConvergenceConfig.quick(1));
    Yin2019InstabilityCommand b = CommandLine.populateCommand(new Yin2019InstabilityCommand());
    InstabilityConfig qb = InstabilityConfig.quick(1);
    assertThat(b.config().ms()).containsExactly(qb.ms());
    assertThat(b.config().gaps()).containsExactly(qb.gaps());
    assertThat(List.of(b.config().n(), b.config().iterations(), b.config().recordEvery()))
        .isEqualTo(List.of(qb.n(), qb.iterations(), qb.recordEvery()));
    assertThat(List.of(b.config().stepSize(), b.config().perturbation()))
        .isEqualTo(List.of(qb.stepSize(), qb.perturbation()));
    Yin2019AlignmentCommand c = CommandLine.populateCommand(new Yin2019AlignmentCommand());
    assertThat(c.config()).isEqualTo(AlignmentSurveyConfig.quick(1));
    Yin2019Figure1Command d = CommandLine.populateCommand(new Yin2019Figure1Command());
    OneStepLossConfig qd = OneStepLossConfig.quick(1);
    assertThat(d.config().sampleSizes()).containsExactly(qd.sampleSizes());
    assertThat(List.of(d.config().m(), d.config().n(), d.config().steps(), d.config().ste()))
        .isEqualTo(List.of(qd.m(), qd.n(), qd.steps(), qd.ste()));
    assertThat(d.config().maxStep()).isEqualTo(qd.maxStep());
  }
}

package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ste} launcher, run by bash against a stand-in {@code java} (a script), in a copy of the checkout's layout
 * whose build stamp is fresh, so nothing is built: the JVM's incubator warning never reaches the user, everything else
 * on stderr does, stdout and stdin pass through, and the exit code is java's.
 */
class LauncherScriptTest {

  private static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  /** Runs the real launcher with a stand-in java whose body is {@code javaBody}, feeding {@code input} on stdin. */
  private Result launch(String javaBody, String input) throws Exception {
    Path root = Files.createDirectories(dir.resolve("checkout"));
    Files.copy(Path.of("..", "ste"), root.resolve("ste"));
    Path target = Files.createDirectories(root.resolve("ste4j-cli/target"));
    Files.writeString(target.resolve("ste4j-cli.jar"), "");
    Files.writeString(target.resolve(".ste-built"), "");
    Path javaHome = Files.createDirectories(dir.resolve("jdk/bin"));
    Path java = javaHome.resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\n" + javaBody + "\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("ste").toString(), "--version");
    pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
    pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), read("out.txt"), read("err.txt"));
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }

  @Test
  void theIncubatorWarningIsDroppedAndEverythingElsePassesThrough() throws Exception {
    Result r = launch("echo '" + WARNING + "' >&2; echo out; read -r line; echo \"stdin: $line\"; "
        + "printf 'progress 1\\rprogress 2' >&2; echo >&2; echo 'ste: a real error' >&2; exit 3", "hello\n");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEqualTo("out\nstdin: hello\n");
    assertThat(r.err()).isEqualTo("progress 1\rprogress 2\nste: a real error\n");
  }

  @Test
  void aFirstLineThatIsNotTheWarningIsKept() throws Exception {
    Result r = launch("echo 'Error: Unable to access jarfile' >&2; exit 1", "");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error: Unable to access jarfile\n");
  }

  @Test
  void theLauncherPassesTheVectorModuleAndTheUsersJavaOptions() throws Exception {
    Result r = launch("echo \"args: $*\"", "");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("args: --add-modules jdk.incubator.vector").contains("-jar ")
        .endsWith("ste4j-cli.jar --version\n");
    assertThat(r.err()).isEmpty();
  }
}

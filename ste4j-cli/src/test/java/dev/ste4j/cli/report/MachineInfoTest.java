package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineInfoTest {

  @TempDir
  Path dir;

  @Test
  void readsModelNameOnX86() throws IOException {
    Path f = dir.resolve("cpuinfo");
    Files.writeString(f, "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nflags\t: fpu\n");
    assertThat(MachineInfo.cpuModel(f)).isEqualTo("AMD EPYC 7B13");
  }

  @Test
  void fallsBackToHardwareOnArmAndUnknownWithoutFile() throws IOException {
    Path f = dir.resolve("cpuinfo");
    Files.writeString(f, "processor\t: 0\nBogoMIPS\t: 48.00\nHardware\t: BCM2835\n");
    assertThat(MachineInfo.cpuModel(f)).isEqualTo("BCM2835");
    assertThat(MachineInfo.cpuModel(dir.resolve("missing"))).isEqualTo("unknown");
  }

  @Test
  void describesTheRunningMachine() {
    MachineInfo m = MachineInfo.current();
    assertThat(m.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(m.threads()).isPositive();
    assertThat(m.jdk()).contains(Runtime.version().toString());
    assertThat(m.kernels()).isNotBlank();
    assertThat(m.toMap()).containsKeys("cpu", "cores", "maxMemory", "os", "arch", "jdk", "kernels", "threads");
  }

  @Test
  void humanBytes() {
    assertThat(MachineInfo.humanBytes(512)).isEqualTo("512 B");
    assertThat(MachineInfo.humanBytes(3L << 30)).isEqualTo("3.0 GiB");
    assertThat(MachineInfo.humanBytes(1536)).isEqualTo("1.5 KiB");
  }
}

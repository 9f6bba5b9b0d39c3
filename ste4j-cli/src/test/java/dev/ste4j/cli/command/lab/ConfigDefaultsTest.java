package dev.ste4j.cli.command.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Option defaults read from a configuration record: names, nesting, renames, and values that parse back exactly. */
class ConfigDefaultsTest {

  enum Mode { FAST_ONE }

  record Inner(double stepSize, Mode mode, List<Double> empty) {}

  record Config(int[] sizes, Inner inner, double tiny, int count, long seed) {}

  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(new Config(new int[] {8, 12}, new Inner(300.0, Mode.FAST_ONE, List.of()), 1e-5, 7, 42),
          new String[] {"--n=count"}, "--extra", List.of("a", "b"));
    }
  }

  @Command(name = "demo", defaultValueProvider = Defaults.class)
  static final class Demo {
    @Option(names = "--sizes", split = ",", description = "(default: ${DEFAULT-VALUE})") int[] sizes;
    @Option(names = "--step-size") double stepSize;
    @Option(names = "--mode") String mode;
    @Option(names = "--empty", split = ",") List<Double> empty;
    @Option(names = "--tiny") double tiny;
    @Option(names = "--n") int n;
    @Option(names = "--extra", split = ",") List<String> extra;
    @Option(names = "--seed", defaultValue = "1") long seed;
  }

  @Test
  void unsetOptionsTakeTheConfigurationsValues() {
    Demo demo = new Demo();
    new CommandLine(demo).parseArgs();
    assertThat(demo.sizes).containsExactly(8, 12);
    assertThat(demo.stepSize).isEqualTo(300.0);
    assertThat(demo.mode).isEqualTo("fast_one");
    assertThat(demo.empty).as("an empty list is no default").isNull();
    assertThat(demo.tiny).isEqualTo(1e-5);
    assertThat(demo.n).as("renamed").isEqualTo(7);
    assertThat(demo.extra).containsExactly("a", "b");
    assertThat(demo.seed).as("--seed keeps its own default").isEqualTo(1);
  }

  @Test
  void givenOptionsWinAndHelpShowsTheDefault() {
    Demo demo = new Demo();
    CommandLine cl = new CommandLine(demo);
    cl.parseArgs("--sizes", "3", "--n", "2");
    assertThat(demo.sizes).containsExactly(3);
    assertThat(demo.n).isEqualTo(2);
    assertThat(cl.getUsageMessage()).contains("(default: 8,12)");
  }

  @Test
  void optionNamesAreCamelCased() {
    assertThat(ConfigDefaults.camelCase("--max-norm-w")).isEqualTo("maxNormW");
    assertThat(ConfigDefaults.camelCase("--m")).isEqualTo("m");
  }

  @Test
  void numbersReadAsTheyAreWrittenAndParseBackExactly() {
    assertThat(ConfigDefaults.text(300.0)).isEqualTo("300");
    assertThat(ConfigDefaults.text(0.1)).isEqualTo("0.1");
    for (double x : new double[] {0.1, 1e-3, 1e-5, 1e-6, 0.05, 2.5e-7}) {
      assertThat(Double.parseDouble(ConfigDefaults.text(x))).isEqualTo(x);
    }
    assertThat(ConfigDefaults.text(new double[] {1, 1e-1})).isEqualTo("1,0.1");
  }

  @Test
  void describeListsTheComponentsWithoutTheSeed() {
    Inner inner = new Inner(0.5, Mode.FAST_ONE, List.of());
    assertThat(ConfigRecord.describe(inner)).containsExactly(
        org.assertj.core.api.Assertions.entry("stepSize", 0.5),
        org.assertj.core.api.Assertions.entry("mode", "fast_one"),
        org.assertj.core.api.Assertions.entry("empty", List.of()));
    assertThat(ConfigRecord.describe(new Config(new int[0], inner, 0, 0, 9))).doesNotContainKey("seed");
  }
}

package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.command.lab.ConfigRecord;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * One of the small {@code ste lab yin2019} experiments (alignment, convergence, figure1, instability): the
 * configuration comes from its options, the run folder records it ({@link ConfigRecord#describe}), and the result is
 * rendered into one report section with a one-line console summary. Subclasses declare the options, the
 * configuration they build and the summary; they pass the experiment and its view to the constructor. picocli reads
 * the shared {@code --seed}/{@code --out} options from {@link #lab}.
 *
 * @param <C> the experiment's configuration record
 * @param <R> its result
 */
abstract class Yin2019Experiment<C extends Record, R> implements Callable<Integer> {

  @Mixin LabRun lab;
  @Spec CommandSpec spec;

  /** Writes a result's tables, plots and text into the run folder and its report section, names prefixed. */
  @FunctionalInterface
  interface View<R> {
    void render(R result, RunFolder folder, Report.Section section, String prefix) throws IOException;
  }

  private final String command;
  private final String title;
  private final Function<C, R> experiment;
  private final View<R> view;

  /**
   * {@code command} as recorded in run.json (e.g. {@code lab yin2019 alignment}), {@code title} of the report
   * section, the experiment and its view (which {@link Yin2019Section} also uses, with a prefix).
   */
  Yin2019Experiment(String command, String title, Function<C, R> experiment, View<R> view) {
    this.command = command;
    this.title = title;
    this.experiment = experiment;
    this.view = view;
  }

  /** The configuration the options describe. */
  abstract C config();

  /** The line printed on stdout after the run. */
  abstract String summary(R result);

  @Override
  public Integer call() throws Exception {
    C c = config();
    return lab.execute(command, title, ConfigRecord.describe(c), spec.commandLine().getOut(), (folder, section) -> {
      R r = experiment.apply(c);
      view.render(r, folder, section, "");
      return summary(r);
    });
  }
}

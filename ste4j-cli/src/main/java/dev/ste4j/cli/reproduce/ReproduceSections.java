package dev.ste4j.cli.reproduce;

import dev.ste4j.cli.command.lab.jeong2025.Jeong2025Section;
import dev.ste4j.cli.command.lab.shekhovtsov2021.Shekhovtsov2021Section;
import dev.ste4j.cli.command.lab.yin2019.Yin2019Section;
import dev.ste4j.nn.data.store.DataStore;
import java.util.ArrayList;
import java.util.List;

/** The one explicit list of {@code ste reproduce} sections, in report order. */
public final class ReproduceSections {

  private ReproduceSections() {}

  /** Every section, in the order they run and appear in the report, those with data reading it from {@code store}. */
  public static List<ReproduceSection> all(DataStore store) {
    List<ReproduceSection> sections = new ArrayList<>();
    sections.add(new EnvironmentSection());
    // Paper sections follow, one line each, e.g. sections.add(new Yin2019Section());
    sections.add(new Yin2019Section(store));
    sections.add(new Jeong2025Section());
    sections.add(new Shekhovtsov2021Section(store));
    return List.copyOf(sections);
  }
}

package dev.ste4j.cli.reproduce;

/**
 * A paper's section of {@code ste reproduce}: its {@link #name()} (for {@code --only} and as file prefix) and report
 * title are fixed at construction; the subclass, which lives beside the paper's {@code ste lab} commands, runs the
 * experiments.
 */
public abstract class PaperSection implements ReproduceSection {

  private final String name;
  private final String title;

  /** A section named {@code name} (e.g. {@code yin2019}) under the report title {@code title}. */
  protected PaperSection(String name, String title) {
    this.name = name;
    this.title = title;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String title() {
    return title;
  }
}

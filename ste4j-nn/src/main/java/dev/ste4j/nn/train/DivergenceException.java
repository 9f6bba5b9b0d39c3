package dev.ste4j.nn.train;

/**
 * Training met a non-finite loss, gradient or weight. The message names the step, the epoch and batch, what was
 * non-finite and the first layer (parameter) where it was found; the last good checkpoint is left in place. Its advice
 * is for Java callers; a front end with options of its own builds its message from {@link #finding()}.
 */
public final class DivergenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient NonFinite finding;

  public DivergenceException(NonFinite finding) {
    super("training diverged at " + finding.describe()
        + "; the last good checkpoint is kept (lower the learning rate, e.g. Training.optimizer(\"adam\","
        + " Map.of(\"lr\", 1e-4)), or skip such batches with Training.skipNonFinite(true) or"
        + " TrainingOptions.withSkipNonFinite(true))");
    this.finding = finding;
  }

  public NonFinite finding() {
    return finding;
  }
}

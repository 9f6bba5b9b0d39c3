package dev.ste4j.nn.train;

/**
 * Training met a non-finite loss, gradient or weight. The message names the step, the epoch and batch, what was
 * non-finite and the first layer (parameter) where it was found; the last good checkpoint is left in place.
 */
public final class DivergenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient NonFinite finding;

  public DivergenceException(NonFinite finding) {
    super("training diverged at " + finding.describe()
        + "; the last good checkpoint is kept (rerun with --skip-nonfinite to skip such batches, or lower the learning"
        + " rate)");
    this.finding = finding;
  }

  public NonFinite finding() {
    return finding;
  }
}

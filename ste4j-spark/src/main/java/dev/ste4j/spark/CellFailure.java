package dev.ste4j.spark;

/**
 * The exception to rethrow for a cell that failed on Spark for good: the cell's own exception where Spark kept it (a
 * bad value in a grid stays a one-line usage error), else Spark's, whose message names the task and its cause.
 */
final class CellFailure {

  private CellFailure() {}

  static RuntimeException of(Throwable sparkFailure) {
    for (Throwable t = sparkFailure; t != null; t = t.getCause()) {
      if (t instanceof RuntimeException r && !t.getClass().getName().startsWith("org.apache.spark.")) {
        return r;
      }
    }
    String message = sparkFailure == null ? "unknown" : String.valueOf(sparkFailure.getMessage()).lines()
        .findFirst().orElse("");
    return new IllegalStateException("a sweep cell failed on Spark: " + message, sparkFailure);
  }
}

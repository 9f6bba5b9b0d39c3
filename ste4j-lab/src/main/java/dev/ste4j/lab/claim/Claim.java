package dev.ste4j.lab.claim;

import java.util.Objects;

/**
 * One claim of a paper, as one lab experiment tests it, with what was measured and the verdict a written rule drew
 * from the measurement. The report shows all claims of a run in one table; reproduce writes them to claims.json.
 *
 * @param paper      the paper's section name, e.g. {@code yin2019}
 * @param id         a stable identifier, unique within the paper, e.g. {@code relu-ste-descends}
 * @param statement  the claim in one line, as the paper states it
 * @param measured   what this run measured, with its interval where it has one, e.g. {@code 98.9 % [98.7, 99.1]}
 * @param paperValue the paper's own number, or the empty string where it gives none
 * @param verdict    the rule's verdict
 * @param rule       the rule that turned {@code measured} into {@code verdict}, in one line
 * @param scale      the experiment's scale against the paper's, e.g. {@code 8 of the paper's 100 trials per cell}
 */
public record Claim(
    String paper, String id, String statement, String measured, String paperValue, Verdict verdict, String rule,
    String scale) {

  public Claim {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(paperValue, "paperValue");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(scale, "scale");
    if (id.isBlank() || paper.isBlank()) {
      throw new IllegalArgumentException("a claim needs a paper and an id");
    }
  }

  /** A claim whose experiment did not run here, with the reason in place of a measurement. */
  public static Claim notRun(String paper, String id, String statement, String paperValue, String why) {
    return new Claim(paper, id, statement, why, paperValue, Verdict.NOT_RUN, "not run: " + why, "not run");
  }
}

/**
 * {@code ste lab shekhovtsov2021 …}: the stochastic-binary-network laboratory of Shekhovtsov &amp; Yanush (2021) —
 * {@code exact} (JSON lines: exact expected loss, gradient and ST expectation), {@code estimators} (estimator accuracy
 * against exact gradients), {@code latent} (latent-weight update rules on MNIST / Fashion-MNIST) and
 * {@code enumeration} (how far exact enumeration goes on this machine). The figures and report text are built in
 * {@link dev.ste4j.cli.command.lab.shekhovtsov2021.Shekhovtsov2021Figures}, shared with {@code ste reproduce}.
 */
package dev.ste4j.cli.command.lab.shekhovtsov2021;

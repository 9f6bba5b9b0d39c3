package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.DataSourceOptions;
import dev.ste4j.lab.shekhovtsov2021.ImageData;
import dev.ste4j.lab.shekhovtsov2021.LabeledData;
import dev.ste4j.nn.data.DatasetUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;

/**
 * Where the latent-weight commands ({@code latent}, {@code study}) find MNIST and Fashion-MNIST: {@code --data-dir}
 * and {@code --no-fetch}, shared as one picocli mixin.
 */
public final class ImageDataOptions {

  @Mixin DataSourceOptions source;

  /**
   * The named image data set (training and test split) from the chosen folder, fetched unless forbidden (progress
   * lines to {@code err}); one that cannot be had is a one-line user error.
   */
  LabeledData[] load(String dataset, PrintWriter err) throws IOException {
    try {
      return ImageData.load(dataset, source.store(err));
    } catch (DatasetUnavailableException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}

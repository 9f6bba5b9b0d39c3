package dev.ste4j.nn.data;

import java.io.IOException;

/**
 * A dataset that is neither in the data folder nor obtainable from any of its sources. The message lists what was
 * tried and says how to get the files by hand.
 */
public class DatasetUnavailableException extends IOException {

  private static final long serialVersionUID = 1L;

  public DatasetUnavailableException(String message) {
    super(message);
  }
}

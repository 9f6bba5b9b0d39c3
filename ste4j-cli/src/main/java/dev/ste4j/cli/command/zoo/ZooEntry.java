package dev.ste4j.cli.command.zoo;

/**
 * One recipe of the model zoo as its index lists it.
 *
 * @param name the entry's name, e.g. {@code binary-cnn-mnist}
 * @param recipe the file name of its {@code ste train} config, beside the index
 * @param data the dataset it trains and is measured on
 * @param anchor the published test accuracy it is measured against, in percent
 * @param anchorSource where the anchor comes from, in one line
 * @param target the test accuracy (percent, mean over seeds) the recipe must reach, or NaN for none
 */
public record ZooEntry(String name, String recipe, String data, double anchor, String anchorSource, double target) {

  /** The file of the trained model beside the index. */
  public String modelFile() {
    return name + ".ste";
  }

  /** The file of the measured card beside the index. */
  public String cardFile() {
    return name + ".json";
  }
}

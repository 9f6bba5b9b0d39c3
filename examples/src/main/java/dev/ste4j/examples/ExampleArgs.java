package dev.ste4j.examples;

import dev.ste4j.nn.data.store.DataStore;
import java.nio.file.Path;

/** The examples' command line, {@code [DATA_FOLDER [EPOCHS]]}; a bad one prints the usage and exits with 2. */
record ExampleArgs(Path dataFolder, int epochs) {

  static ExampleArgs parse(String program, String[] args) {
    if (args.length > 2 || args.length == 2 && !args[1].matches("[1-9][0-9]{0,5}")) {
      System.err.println("usage: " + program + " [DATA_FOLDER [EPOCHS]]; EPOCHS is a whole number from 1"
          + (args.length == 2 ? ", got '" + args[1] + "'" : ", got " + args.length + " arguments"));
      System.exit(2);
    }
    Path dataFolder = args.length > 0 ? Path.of(args[0]) : DataStore.defaultRoot();
    int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    return new ExampleArgs(dataFolder, epochs);
  }
}

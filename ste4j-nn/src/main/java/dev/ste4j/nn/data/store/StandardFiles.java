package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.DataFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a dataset's files by their standard names, accepting the usual variants: compressed or not
 * ({@code train-images-idx3-ubyte} or {@code train-images-idx3-ubyte.gz}) and the dotted names some MNIST copies use
 * ({@code train-images.idx3-ubyte}).
 */
final class StandardFiles {

  private StandardFiles() {}

  /** The accepted file names for a standard name, the plain name first. */
  static List<String> variants(String standard) {
    String base = standard.endsWith(".gz") ? standard.substring(0, standard.length() - 3) : standard;
    List<String> names = new ArrayList<>(List.of(base, base + ".gz"));
    String dotted = base.replace("-idx", ".idx");
    if (!dotted.equals(base)) {
      names.add(dotted);
      names.add(dotted + ".gz");
    }
    return names;
  }

  /** The file in {@code folder} holding the standard file, if there is one. */
  static Optional<Path> find(Path folder, String standard) {
    for (String name : variants(standard)) {
      Path p = folder.resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The file in {@code folder} for a standard name; a {@link DataFileException} naming the expected file if none. */
  static Path require(Path folder, String standard) throws DataFileException {
    return find(folder, standard).orElseThrow(() -> new DataFileException(folder.resolve(standard),
        "no such file (also looked for " + String.join(", ", variants(standard)) + ")"));
  }

  /** The first file anywhere under {@code root}, in path order, whose name is a variant of the standard name. */
  static Optional<Path> findBelow(Path root, String standard) throws IOException {
    List<String> names = variants(standard);
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> names.contains(p.getFileName().toString()))
          .min(Comparator.comparing(Path::toString));
    }
  }
}

package dev.ste4j.cli.command.zoo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.train.ConfigYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model zoo's files: an index of recipes, each recipe's {@code ste train} config and, once trained, its card and
 * bit-packed model. They come from a folder (the repository's {@code zoo/}, or {@code --zoo-dir}) or from the copy
 * packaged into the ste jar at build time, so {@code ste zoo get} works from anywhere.
 */
public final class Zoo {

  static final String INDEX = "index.yaml";
  private static final String PACKAGED = "/dev/ste4j/zoo/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;

  private Zoo(Path dir) {
    this.dir = dir;
  }

  /** The zoo in {@code dir}, or the packaged one when dir is null. */
  public static Zoo at(Path dir) {
    if (dir != null && !Files.isRegularFile(dir.resolve(INDEX))) {
      throw new UserError("--zoo-dir " + dir + ": no " + INDEX + " there; is it a zoo folder?");
    }
    return new Zoo(dir);
  }

  /** Where the files come from, for messages. */
  String where() {
    return dir != null ? dir.toString() : "the zoo packaged with ste";
  }

  /** The entries in the index's order. */
  public List<ZooEntry> entries() {
    byte[] bytes = read(INDEX).orElseThrow(() -> new UserError(where() + ": the zoo index " + INDEX + " is missing"));
    Object root;
    try {
      root = ConfigYaml.read(new String(bytes, StandardCharsets.UTF_8), "zoo index " + INDEX);
    } catch (IOException e) {
      throw new UserError(where() + ": zoo index " + INDEX + " is not valid YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> m)) {
      throw new UserError("zoo index " + INDEX + ": the top level must map names to entries");
    }
    List<ZooEntry> out = new ArrayList<>();
    m.forEach((name, value) -> out.add(entry(String.valueOf(name), value)));
    return out;
  }

  /** The entry called {@code name}; an unknown name fails listing the known ones. */
  public ZooEntry entry(String name) {
    List<ZooEntry> all = entries();
    return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new UserError(
        "no zoo entry '" + name + "'; entries: " + String.join(", ", all.stream().map(ZooEntry::name).toList())));
  }

  /** The recipe's config text. */
  public String recipe(ZooEntry e) {
    byte[] bytes = read(e.recipe()).orElseThrow(() -> new UserError(where() + ": recipe " + e.recipe() + " of "
        + e.name() + " is missing"));
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The entry's card, when it has been trained. */
  public Optional<ZooCard> card(ZooEntry e) {
    return read(e.cardFile()).map(bytes -> {
      try {
        return JSON.readValue(bytes, ZooCard.class);
      } catch (IOException ex) {
        throw new UserError(where() + ": card " + e.cardFile() + " is not valid: " + ex.getMessage(), ex);
      }
    });
  }

  /** The entry's model file, when it has been trained. */
  public Optional<byte[]> model(ZooEntry e) {
    return read(e.modelFile());
  }

  private Optional<byte[]> read(String file) {
    try {
      if (dir != null) {
        Path p = dir.resolve(file);
        return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
      }
      try (InputStream in = Zoo.class.getResourceAsStream(PACKAGED + file)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UserError(where() + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static ZooEntry entry(String name, Object value) {
    if (!(value instanceof Map<?, ?> m)) {
      throw new UserError("zoo index " + INDEX + ": entry " + name + " must be a map (recipe, data, anchor, …)");
    }
    for (String key : List.of("recipe", "data", "anchor", "anchor_source")) {
      if (m.get(key) == null) {
        throw new UserError("zoo index " + INDEX + ": entry " + name + " has no " + key);
      }
    }
    return new ZooEntry(name, m.get("recipe").toString(), m.get("data").toString(), number(name, "anchor",
        m.get("anchor")), m.get("anchor_source").toString(), m.get("target") == null ? Double.NaN
        : number(name, "target", m.get("target")));
  }

  private static double number(String name, String key, Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new UserError("zoo index " + INDEX + ": entry " + name + ": " + key + " must be a number, got " + v);
  }

  /** Card JSON for {@code ste zoo add}. */
  static byte[] cardJson(ZooCard card) throws IOException {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(card);
  }
}

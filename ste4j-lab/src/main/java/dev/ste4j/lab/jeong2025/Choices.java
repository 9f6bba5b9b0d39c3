package dev.ste4j.lab.jeong2025;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The registry spelling of this package's enum options (activation, initialization, normalization, input
 * distribution): the constant's name in lower case, read back ignoring case and surrounding blanks. The STE is the
 * library's {@link dev.ste4j.nn.quantizer.SteVariant}, spelt and parsed the same way.
 */
final class Choices {

  private Choices() {}

  /** The registry name of {@code option}, e.g. {@code shifted_gaussian}. */
  static String id(Enum<?> option) {
    return option.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} registered under {@code name}; an unknown name fails listing the known ones. */
  static <E extends Enum<E>> E parse(Class<E> type, String what, String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (id(e).equals(key)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " '" + name + "': expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Choices::id).collect(Collectors.joining(", ")));
  }
}

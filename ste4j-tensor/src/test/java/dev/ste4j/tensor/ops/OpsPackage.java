package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Tensor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public ops of dev.ste4j.tensor.ops found from the compiled classes, not from a hand list: every public static
 * method returning a {@link Tensor} of every public class of the package, named "Class.method".
 */
final class OpsPackage {

  private OpsPackage() {}

  static Set<String> publicOps() throws Exception {
    Set<String> ops = new TreeSet<>();
    for (String simpleName : classNames()) {
      Class<?> k = Class.forName("dev.ste4j.tensor.ops." + simpleName);
      if (!Modifier.isPublic(k.getModifiers())) {
        continue;
      }
      for (Method m : k.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
            && m.getReturnType() == Tensor.class) {
          ops.add(k.getSimpleName() + "." + m.getName());
        }
      }
    }
    return ops;
  }

  /** Top-level class names of the package, from target/classes or from the jar. */
  private static Set<String> classNames() throws Exception {
    URI location = Elementwise.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path root = Path.of(location);
    if (Files.isDirectory(root)) {
      return list(root.resolve("dev/ste4j/tensor/ops"));
    }
    try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location), Map.of())) {
      return list(jar.getPath("dev/ste4j/tensor/ops"));
    }
  }

  private static Set<String> list(Path folder) throws Exception {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
          .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
    }
    return names;
  }
}

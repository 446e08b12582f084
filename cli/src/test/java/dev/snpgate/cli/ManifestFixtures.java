package dev.snpgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.manifest.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Manifests made from the example guest's, broken or changed in one way each, written to files. */
public final class ManifestFixtures {

  private ManifestFixtures() {}

  /**
   * The example guest's manifest, the one compiled with the registry on the test class path, as a
   * JSON tree to change.
   */
  public static ObjectNode example() {
    Path manifest = ExampleGuestFiles.classpathManifest();
    try {
      if (!manifest.toString().endsWith(".jar")) {
        return (ObjectNode) Json.read(Files.readAllBytes(manifest));
      }
      try (ZipFile jar = new ZipFile(manifest.toFile()); InputStream in = jar.getInputStream(jar.getEntry(Manifest.PATH))) {
        return (ObjectNode) Json.read(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A hand-written manifest of {@code src/test/resources/dev/snpgate/cli/manifests}: the example
   * guest's, with REQUIRED added as the processor writes it, or as it was before REQUIRED existed.
   */
  public static Path resource(String name) {
    URL url = ManifestFixtures.class.getResource("manifests/" + name);
    if (url == null) {
      throw new IllegalStateException("no test manifest " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@link #resource} as a JSON tree to change. */
  public static ObjectNode resourceTree(String name) {
    try {
      return (ObjectNode) Json.read(Files.readAllBytes(resource(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example's manifest, changed by {@code change}, written to {@code dir/name}. */
  public static Path changed(Path dir, String name, Consumer<ObjectNode> change) {
    ObjectNode manifest = example();
    change.accept(manifest);
    return text(dir, name, Json.write(manifest));
  }

  public static Path text(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A jar holding {@code manifest} at META-INF/snpgate/features.json, or none when it is null. */
  public static Path jar(Path dir, String name, String manifest) {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
      if (manifest != null) {
        zip.putNextEntry(new ZipEntry("META-INF/snpgate/features.json"));
        zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }
}

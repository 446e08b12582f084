package dev.snpgate.processor.writing;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes generated files through the Filer, each with every contributing element as its origin,
 * so incremental builds know what to rebuild.
 */
public final class OutputFiles {

  private final Filer filer;
  private final Element[] originatingElements;

  public OutputFiles(Filer filer, Element... originatingElements) {
    this.filer = filer;
    this.originatingElements = originatingElements.clone();
  }

  public void javaSource(JavaFile file) throws IOException {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source = filer.createSourceFile(name, originatingElements);
    try (Writer out = source.openWriter()) {
      file.writeTo(out);
    }
  }

  /**
   * Writes a UTF-8 resource in the class output, such as the manifest.
   *
   * @return the class output directory, when it is on the file system
   */
  public Optional<Path> classOutputResource(String relativePath, String content) throws IOException {
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", relativePath, originatingElements);
    try (OutputStream out = resource.openOutputStream()) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    URI uri = resource.toUri();
    if (!"file".equals(uri.getScheme())) {
      return Optional.empty();
    }
    Path file = Path.of(uri);
    for (int depth = relativePath.split("/").length; depth > 0; depth--) {
      file = file.getParent();
    }
    return Optional.of(file);
  }
}

package dev.snpgate.processor;

import com.google.testing.compile.Compilation;
import dev.snpgate.runtime.FeatureRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Generated registries loaded and run, as a guest's boot code runs them. */
final class GeneratedRegistries {

  private GeneratedRegistries() {}

  /** The registry class {@code name} of {@code compilation}, loaded with the classes it generated. */
  static FeatureRegistry load(Compilation compilation, String name) throws ReflectiveOperationException {
    ClassLoader loader = new ClassLoader(GeneratedRegistries.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String className) throws ClassNotFoundException {
        String path = className.replace('.', '/') + ".class";
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
            .orElseThrow(() -> new ClassNotFoundException(className));
        try (InputStream in = file.openInputStream()) {
          byte[] bytes = in.readAllBytes();
          return defineClass(className, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    return (FeatureRegistry) loader.loadClass(name).getField("INSTANCE").get(null);
  }
}

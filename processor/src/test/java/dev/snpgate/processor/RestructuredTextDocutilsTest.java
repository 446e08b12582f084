package dev.snpgate.processor;

import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.exampleGuest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated reStructuredText through docutils, a real parser (python3 with docutils). */
class RestructuredTextDocutilsTest {

  /**
   * The .rst output through a real reStructuredText parser: docutils must report nothing at
   * warning level or above, and every bit anchor must become an element id. Skipped, saying so,
   * where python3 with docutils is missing, unless -Dsnpgate.requireDocutils=true (as CI sets).
   */
  @Test
  void restructuredTextParsesCleanlyWithDocutils(@TempDir Path dir) throws IOException, InterruptedException {
    String python = System.getProperty("snpgate.python", "python3");
    boolean required = Boolean.getBoolean("snpgate.requireDocutils");
    boolean available = run(List.of(python, "-c", "import docutils"), dir) == 0;
    if (!available) {
      String message = "docutils check skipped: " + python + " with docutils is not available";
      System.out.println(message);
      assertTrue(!required, message + ", and -Dsnpgate.requireDocutils=true requires it");
      assumeTrue(false, message);
    }
    List<String> checked = new ArrayList<>();
    for (Compilation compilation : List.of(compile(exampleGuest()), DocsTest.guestWithoutFeatures(),
        compile(GuestSources.requiringGuest()))) {
      Path rst = dir.resolve("behavior-" + checked.size() + ".rst");
      Files.writeString(rst, DocsTest.doc(compilation, "behavior.rst"), StandardCharsets.UTF_8);
      checked.add(rst.toString());
    }
    Path script = dir.resolve("check.py");
    Files.writeString(script, String.join("\n",
        "import sys",
        "import docutils.core, docutils.nodes",
        "for path in sys.argv[1:]:",
        "    text = open(path, encoding='utf-8').read()",
        "    tree = docutils.core.publish_doctree(text, source_path=path,",
        "        settings_overrides={'report_level': 2, 'halt_level': 2})",
        "    ids = set()",
        "    for node in tree.findall(docutils.nodes.Element):",
        "        ids.update(node['ids'])",
        "    missing = [line.split('_')[1].rstrip(':') for line in text.splitlines()",
        "               if line.strip().startswith('.. _bit-') and line.strip()[4:-1] not in ids]",
        "    if missing:",
        "        sys.exit(path + ': no element ids for ' + ', '.join(missing))",
        "    if not list(tree.findall(docutils.nodes.table)):",
        "        sys.exit(path + ': no table')",
        ""), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(python, script.toString()));
    command.addAll(checked);
    assertEquals(0, run(command, dir), "docutils rejected the generated reStructuredText; see the output above");
  }

  private static int run(List<String> command, Path dir) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}

package dev.snpgate.processor.corpus;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One guest of the corpus: its source files and what every compiler must make of it.
 *
 * @param name what the case tries, shown as the test's name
 * @param files source path (under the source root) to text, in the order given
 * @param generated sources another processor generates in the first round, by qualified name
 * @param library sources of a library jar on the class path (not this compilation's output), by path
 * @param expected the outcome
 * @param compilers the compilers the case runs under (a JDK 25 source shape is not ecj's)
 * @param options compiler options beyond the defaults
 */
public record CorpusCase(String name, Map<String, String> files, Map<String, String> generated,
    Map<String, String> library, Outcome expected, Set<GuestCompiler> compilers, List<String> options) {

  public CorpusCase {
    files = new LinkedHashMap<>(files);
    generated = new LinkedHashMap<>(generated);
    library = new LinkedHashMap<>(library);
    compilers = compilers.isEmpty() ? EnumSet.noneOf(GuestCompiler.class) : EnumSet.copyOf(compilers);
    options = List.copyOf(options);
  }

  /** What a compilation of the case must end with. */
  public sealed interface Outcome permits Fails, CompilerFails, Builds, Warns {}

  /** The guest builds, and snpgate warns with {@code message} at {@code file}, on the line with {@code lineMarker}. */
  public record Warns(String message, String file, String lineMarker) implements Outcome {}

  /**
   * snpgate reports {@code message} (a fragment of it) as an error at {@code file}, on the first
   * line that contains {@code lineMarker}; {@code file} null where the place is not the case's to
   * pin (none, or a file another processor generated); with {@code only}, it is the compilation's
   * only error.
   */
  public record Fails(String message, String file, String lineMarker, boolean only) implements Outcome {}

  /**
   * The compiler itself rejects the source at {@code file}, on the first line containing
   * {@code lineMarker}, in its own words (which differ between compilers); snpgate adds nothing
   * that hides it and never fails with an exception. With {@code only}, it is the compilation's
   * only error: snpgate does not repeat it.
   */
  public record CompilerFails(String file, String lineMarker, boolean only) implements Outcome {}

  /**
   * The guest builds with every warning an error, and its outputs agree with the code: the
   * manifest's masks are these, the registry compiles, and both documents parse.
   *
   * @param present the PRESENT mask the code implies
   * @param implReq the IMPL_REQ mask the catalog and the code imply
   * @param required the REQUIRED mask the code implies: 0 unless the case requires something
   * @param texts texts (as a reader sees them) that must each be one whole cell of the docs' bit table
   * @param requiredItems texts (as a reader sees them) that must each be one whole item of the docs'
   *     Required features list
   */
  public record Builds(long present, long implReq, long required, List<String> texts, List<String> requiredItems)
      implements Outcome {

    public Builds {
      texts = List.copyOf(texts);
      requiredItems = List.copyOf(requiredItems);
    }
  }

  /** The 1-based line of {@code file} where {@code marker} first appears. */
  long lineOf(String file, String marker) {
    String[] lines = files.get(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(name + ": no line of " + file + " contains " + marker);
  }

  @Override
  public String toString() {
    return name;
  }
}

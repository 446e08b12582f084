package dev.snpgate.processor.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The generated documents through their real parsers: CommonMark with GitHub's tables for
 * {@code behavior.md}, docutils (python3) for {@code behavior.rst}. Both give the bit table as a
 * reader sees it: rows of cell texts.
 */
public final class DocumentParsers {

  /** The id anchor the Markdown writer puts in a bit row's first cell, the only HTML allowed. */
  private static final Pattern ANCHOR = Pattern.compile("<a id=\"bit-[0-9]+\">|</a>");

  private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private DocumentParsers() {}

  /**
   * The rows of the last table of {@code markdown}, header first, as cell texts.
   *
   * @throws AssertionError when a cell holds anything but text, a code span or a bit anchor:
   *     markup that came from the guest's text
   */
  public static List<List<String>> markdownBitTable(String markdown) {
    List<List<List<String>>> tables = markdownTables(markdown);
    if (tables.isEmpty()) {
      throw new AssertionError("no table in\n" + markdown);
    }
    return tables.get(tables.size() - 1);
  }

  /**
   * Every table of {@code markdown}, in order, each as rows of cell texts, header first.
   *
   * @throws AssertionError as {@link #markdownBitTable}
   */
  public static List<List<List<String>>> markdownTables(String markdown) {
    List<TableBlock> blocks = new ArrayList<>();
    collectTables(MARKDOWN.parse(markdown), blocks);
    List<List<List<String>>> tables = new ArrayList<>();
    for (TableBlock block : blocks) {
      List<List<String>> rows = new ArrayList<>();
      collectRows(block, rows);
      tables.add(rows);
    }
    return tables;
  }

  /**
   * The items of the bullet lists under the heading {@code title} of {@code markdown}, up to the
   * next heading, as texts; empty when there is no such heading.
   *
   * @throws AssertionError when an item is anything but one paragraph of text: markup that came
   *     from the guest's text
   */
  public static List<String> markdownSectionItems(String markdown, String title) {
    List<String> items = new ArrayList<>();
    boolean inSection = false;
    for (Node block = MARKDOWN.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading) {
        inSection = plainText(block).equals(title);
      } else if (inSection && block instanceof BulletList) {
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
          Node paragraph = item.getFirstChild();
          if (!(paragraph instanceof Paragraph) || paragraph.getNext() != null) {
            throw new AssertionError("markup in a Markdown list item: not one paragraph");
          }
          items.add(plainText(paragraph));
        }
      }
    }
    return items;
  }

  /** The text of {@code node}'s children, which must all be text. */
  private static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    for (Node inline = node.getFirstChild(); inline != null; inline = inline.getNext()) {
      if (!(inline instanceof Text)) {
        throw new AssertionError("markup in Markdown text: " + inline.getClass().getSimpleName() + " after '" + text
            + "'");
      }
      text.append(((Text) inline).getLiteral());
    }
    return text.toString();
  }

  private static void collectTables(Node node, List<TableBlock> tables) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableBlock) {
        tables.add((TableBlock) child);
      } else {
        collectTables(child, tables);
      }
    }
  }

  private static void collectRows(Node node, List<List<String>> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow) {
        List<String> cells = new ArrayList<>();
        for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(cellText((TableCell) cell));
        }
        rows.add(cells);
      } else {
        collectRows(child, rows);
      }
    }
  }

  private static String cellText(TableCell cell) {
    StringBuilder text = new StringBuilder();
    for (Node inline = cell.getFirstChild(); inline != null; inline = inline.getNext()) {
      if (inline instanceof Text) {
        text.append(((Text) inline).getLiteral());
      } else if (inline instanceof Code) {
        text.append(((Code) inline).getLiteral());
      } else if (!(inline instanceof HtmlInline && ANCHOR.matcher(((HtmlInline) inline).getLiteral()).matches())) {
        throw new AssertionError("markup in a Markdown cell: " + inline.getClass().getSimpleName() + " after '" + text + "'");
      }
    }
    return text.toString();
  }

  /** The python3 with docutils to use, or null when there is none; asked once per test run. */
  public static String docutilsPython() {
    return DocutilsPython.FOUND;
  }

  /** A holder, so that python is started once, on first use, also with tests running in parallel. */
  private static final class DocutilsPython {
    static final String FOUND = find();
  }

  private static String find() {
    String python = System.getProperty("snpgate.python", "python3");
    try {
      Process check = new ProcessBuilder(python, "-c", "import docutils").redirectErrorStream(true).start();
      check.getInputStream().readAllBytes();
      return check.waitFor(1, TimeUnit.MINUTES) && check.exitValue() == 0 ? python : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * Each document in {@code rstFiles} through docutils at warning level, in one python process:
   * for each, its problems (empty when clean) and the rows of its last table, as a file of
   * tab-separated cells next to it ({@code .cells}), with {@code \t}, {@code \n} and backslashes
   * in cell texts written as escapes.
   */
  public static List<String> checkRestructuredText(String python, List<Path> rstFiles, Path dir)
      throws IOException, InterruptedException {
    Path script = dir.resolve("docutils_check.py");
    Files.writeString(script, String.join("\n",
        "import sys, io",
        "import docutils.core, docutils.nodes, docutils.utils",
        "def esc(text):",
        "    return text.replace('\\\\', '\\\\\\\\').replace('\\t', '\\\\t').replace('\\n', '\\\\n')",
        "for path in sys.argv[1:]:",
        "    text = open(path, encoding='utf-8').read()",
        "    problems = io.StringIO()",
        "    try:",
        "        tree = docutils.core.publish_doctree(text, source_path=path,",
        "            settings_overrides={'report_level': 2, 'halt_level': 5, 'warning_stream': problems})",
        "    except Exception as e:",
        "        problems.write('docutils failed: %r\\n' % e)",
        "        tree = None",
        "    with open(path + '.cells', 'w', encoding='utf-8') as out:",
        "        if tree is not None:",
        "            tables = list(tree.findall(docutils.nodes.table))",
        "            for row in (tables[-1].findall(docutils.nodes.row) if tables else []):",
        "                out.write('\\t'.join(esc(entry.astext().strip()) for entry in row.findall(docutils.nodes.entry)) + '\\n')",
        "    with open(path + '.items', 'w', encoding='utf-8') as out:",
        "        for section in (tree.findall(docutils.nodes.section) if tree is not None else []):",
        "            for child in section.children:",
        "                if isinstance(child, docutils.nodes.bullet_list):",
        "                    for item in child.children:",
        "                        plain = len(item.children) == 1 and isinstance(item[0], docutils.nodes.paragraph) \\",
        "                            and all(isinstance(node, docutils.nodes.Text) for node in item[0].children)",
        "                        out.write(esc(section[0].astext()) + '\\t' + ('text' if plain else 'markup') + '\\t'",
        "                            + esc(item.astext()) + '\\n')",
        "    with open(path + '.problems', 'w', encoding='utf-8') as out:",
        "        out.write(problems.getvalue())",
        ""), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(python, script.toString()));
    for (Path file : rstFiles) {
      command.add(file.toString());
    }
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError("the docutils check itself failed:\n" + output);
    }
    List<String> problems = new ArrayList<>();
    for (Path file : rstFiles) {
      problems.add(Files.readString(Path.of(file + ".problems"), StandardCharsets.UTF_8));
    }
    return problems;
  }

  /**
   * The items of the bullet lists directly in the section of {@code rstFile} titled {@code title},
   * as the docutils check wrote them; empty when there is no such section.
   *
   * @throws AssertionError when an item is anything but one paragraph of text: markup that came
   *     from the guest's text
   */
  public static List<String> restructuredTextSectionItems(Path rstFile, String title) throws IOException {
    List<String> items = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(rstFile + ".items"), StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", -1);
      if (unescape(fields[0]).equals(title)) {
        if (!fields[1].equals("text")) {
          throw new AssertionError("markup in a reStructuredText list item: " + unescape(fields[2]));
        }
        items.add(unescape(fields[2]));
      }
    }
    return items;
  }

  /** The rows the docutils check wrote for {@code rstFile}. */
  public static List<List<String>> restructuredTextBitTable(Path rstFile) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(rstFile + ".cells"), StandardCharsets.UTF_8)) {
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add(unescape(cell));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String unescape(String cell) {
    StringBuilder out = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        char next = cell.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

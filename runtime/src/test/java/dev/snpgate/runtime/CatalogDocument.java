package dev.snpgate.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The bit catalog document (sev-status-bits.tsv, a copy of the project's fact sheet), read
 * independently of the code under test so it can serve as the tests' oracle.
 */
final class CatalogDocument {

  /** Rows by bit: bit, name, apm_name, tier, linux_impl_req, linux_present, notes. */
  private final Map<Integer, String[]> rows = new HashMap<>();

  private CatalogDocument() {
    try (InputStream in = CatalogDocument.class.getResourceAsStream("/sev-status-bits.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        rows.put(Integer.parseInt(cells[0]), cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CatalogDocument load() {
    return new CatalogDocument();
  }

  /** The row of {@code bit}, or null for bits 24..63, which the document declares reserved. */
  String[] row(int bit) {
    return rows.get(bit);
  }

  /** Whether Linux's IMPL_REQ has {@code bit}: the document says yes, or the bit is 24..63. */
  boolean linuxImplReq(int bit) {
    String[] row = rows.get(bit);
    return row == null || row[4].equals("yes");
  }
}

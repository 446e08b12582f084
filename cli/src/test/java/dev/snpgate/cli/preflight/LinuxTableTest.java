package dev.snpgate.cli.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The embedded Linux table read as rows, and the gate deciding for each row as Linux does. */
class LinuxTableTest {

  private final LinuxTable table = LinuxTable.embedded();

  @Test
  void readsEveryRowWithItsMasksAndSource() {
    List<LinuxRow> rows = table.rows();
    LinuxRow first = rows.get(0);
    assertEquals(new LinuxRow("6.2.1", new KernelVersion(6, 2, 1), false, "", 0xfffffffffffdbcf8L, 0L, "read",
        "feature negotiation added (the seed patch, v3 merged as 8c29f0165405); nothing implemented"), first);
    assertEquals("Linux 6.2.1", first.label());
    LinuxRow posted = rows.stream().filter(row -> row.release().equals("6.12.y")).findFirst().orElseThrow();
    assertTrue(posted.wholeSeries());
    assertEquals(new KernelVersion(6, 12, 0), posted.version());
    assertEquals("posted: IBPB-on-Entry backport posted for 6.12.y (March 2026)", posted.provenance());
    LinuxRow withAvic = rows.get(rows.size() - 1);
    assertEquals("Linux 7.1.3 with CONFIG_AMD_SECURE_AVIC=y", withAvic.label());
    assertEquals("CONFIG_AMD_SECURE_AVIC", withAvic.configOption());
    assertEquals(0xffffffffff7dbcf8L, withAvic.implReq());
    assertEquals(0x40880L, withAvic.present());
    assertEquals("read", withAvic.provenance());
    assertEquals(List.of("CONFIG_AMD_SECURE_AVIC=n", "CONFIG_AMD_SECURE_AVIC=y"), table.configSettings(null));
    assertTrue(table.provenance().get(0).startsWith("Linux SEV-SNP guest feature masks by kernel release"));
  }

  /** By release, a series' backport row after its releases: the summary merges neighbours in this order. */
  @Test
  void rowsAreInReleaseOrder() {
    List<LinuxRow> rows = table.rows();
    for (int i = 1; i < rows.size(); i++) {
      assertFalse(order(rows.get(i)).compareTo(order(rows.get(i - 1))) < 0,
          rows.get(i).label() + " comes after " + rows.get(i - 1).label());
    }
  }

  private static KernelVersion order(LinuxRow row) {
    KernelVersion version = row.version();
    return row.wholeSeries() ? new KernelVersion(version.major(), version.minor(), Integer.MAX_VALUE) : version;
  }

  /** The gate's verdict for a row is Linux's own formula on the row's masks, for any status. */
  @Test
  void theGateDecidesForEachRowAsLinuxDoes() {
    SplittableRandom random = new SplittableRandom(7);
    for (LinuxRow row : table.rows()) {
      LinuxRegistry registry = new LinuxRegistry(row);
      for (int i = 0; i < 64 + 2000; i++) {
        long value = i < 64 ? (0x7L | 1L << i) : random.nextLong() & random.nextLong() | 0x4;
        long linux = value & row.implReq() & ~row.present();
        GateDecision decision = Gate.decide(SevStatus.of(value), registry);
        assertEquals(linux == 0, decision.boots(), row.label() + " on " + SevStatus.hex(value));
        if (decision instanceof Termination termination) {
          assertEquals(linux, termination.unsupportedMask(), row.label() + " on " + SevStatus.hex(value));
        }
      }
    }
  }

  @Test
  void aMalformedTableIsRefusedNamingTheLine() {
    String header = LinuxTable.HEADER + "\n";
    assertEquals("line 2 has 3 cells, not 6",
        assertThrows(IllegalArgumentException.class, () -> LinuxTable.parse(header + "a\tb\tc\n")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> LinuxTable.parse(header + "6.2.1\t\tzz\t0x0\tread\t\n")).getMessage()
        .startsWith("line 2: not a SEV_STATUS value"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> LinuxTable.parse(header + "6.x\t\t0x0\t0x0\tread\t\n")).getMessage()
        .startsWith("line 2: '6.x' is not an upstream Linux release"));
    assertEquals("line 2: source 'guessed' is not one of announced, merge, posted, read, unverified",
        assertThrows(IllegalArgumentException.class,
            () -> LinuxTable.parse(header + "6.2.1\t\t0x0\t0x0\tguessed\t\n")).getMessage());
    assertEquals("line 1 comes before the header " + LinuxTable.HEADER,
        assertThrows(IllegalArgumentException.class, () -> LinuxTable.parse("6.2.1\t\t0x0\t0x0\tread\t\n")).getMessage());
  }
}

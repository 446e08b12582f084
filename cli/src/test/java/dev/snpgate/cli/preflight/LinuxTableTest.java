package dev.snpgate.cli.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void readsEveryRowWithItsMasks() {
    List<LinuxRelease> releases = table.releases();
    assertEquals(7, releases.size());
    LinuxRelease first = releases.get(0);
    assertEquals(new LinuxRelease("6.2.1", "6.5.0", "", 0xfffffffffffdbcf8L, 0L,
        "feature negotiation added (the seed patch, v3 merged as 8c29f0165405); nothing implemented"), first);
    assertEquals("Linux 6.2.1 to 6.5.0", first.label());
    assertEquals("read 6.2.1 and 6.5.0; releases between them inferred", first.readStatement());
    LinuxRelease single = releases.get(2);
    assertEquals("Linux 6.14.0", single.label());
    assertEquals("read 6.14.0", single.readStatement());
    LinuxRelease withAvic = releases.get(6);
    assertEquals("Linux 7.0.0 to 7.1.3 with CONFIG_AMD_SECURE_AVIC=y", withAvic.label());
    assertEquals(0xffffffffff7dbcf8L, withAvic.implReq());
    assertEquals(0x40880L, withAvic.present());
    assertTrue(table.provenance().get(0).startsWith("Linux SEV-SNP guest feature masks by kernel version"));
  }

  @Test
  void namesTheReleasesNoRowCovers() {
    assertEquals(List.of("between 6.5.0 and 6.6.9", "between 6.13.7 and 6.14.0", "between 6.14.0 and 6.17.0",
        "between 6.19.0 and 7.0.0", "after 7.1.3"), table.notRead());
  }

  /** The gate's verdict for a row is Linux's own formula on the row's masks, for any status. */
  @Test
  void theGateDecidesForEachRowAsLinuxDoes() {
    SplittableRandom random = new SplittableRandom(7);
    for (LinuxRelease release : table.releases()) {
      LinuxRegistry registry = new LinuxRegistry(release);
      for (int i = 0; i < 64 + 2000; i++) {
        long value = i < 64 ? (0x7L | 1L << i) : random.nextLong() & random.nextLong() | 0x4;
        long linux = value & release.implReq() & ~release.present();
        GateDecision decision = Gate.decide(SevStatus.of(value), registry);
        assertEquals(linux == 0, decision.boots(), release.label() + " on " + SevStatus.hex(value));
        if (decision instanceof Termination termination) {
          assertEquals(linux, termination.unsupportedMask(), release.label() + " on " + SevStatus.hex(value));
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
        () -> LinuxTable.parse(header + "1\t2\t\tzz\t0x0\t\n")).getMessage().startsWith("line 2: not a SEV_STATUS value"));
    assertEquals("line 1 comes before the header " + LinuxTable.HEADER,
        assertThrows(IllegalArgumentException.class, () -> LinuxTable.parse("1\t2\t\t0x0\t0x0\t\n")).getMessage());
  }
}

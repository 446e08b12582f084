package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A modular guest that requires two feature libraries that are named modules
 * ({@code src/it/modular-libraries}), built by a real Maven reactor and run on the module path:
 * each library's contribution is in a package of its own module, so nothing is split, and the
 * guest has every library's feature.
 */
class ModularLibrariesBuildIT {

  private static final String VERSION = System.getProperty("snpgate.version");
  private static final Path SNPGATE = Path.of(System.getProperty("snpgate.itRepo"), "dev", "snpgate");
  private static final String MAIN = "com.example.guest/com.example.guest.Boot";

  private static GuestBuild reactor;

  @BeforeAll
  static void build() {
    reactor = GuestBuild.copyOfProject("modular-libraries", "modular-libraries");
    GuestBuild.Result built = reactor.maven("package");
    assertEquals(0, built.exitStatus(), built.output());
  }

  private static Path jar(String module) {
    return reactor.dir().resolve(module + "/target/" + module + "-1.jar");
  }

  /** The guest's exit status and output on {@code status}, on the module path as its users run it. */
  private static String boot(String status, int expectedExit) {
    String modulePath = String.join(File.pathSeparator, jar("guest").toString(), jar("apic").toString(),
        jar("timekeeping").toString(),
        SNPGATE.resolve("snpgate-runtime/" + VERSION + "/snpgate-runtime-" + VERSION + ".jar").toString());
    GuestBuild.Result run = reactor.java("-p", modulePath, "-m", MAIN, status);
    assertEquals(expectedExit, run.exitStatus(), run.output());
    return run.output();
  }


  @Test
  void theGuestHasEveryModularLibrarysFeature() throws IOException {
    String manifest = Files.readString(reactor.dir().resolve("guest/target/classes/META-INF/snpgate/features.json"));
    assertTrue(manifest.contains("\"present\": \"0x0000000000040880\""), manifest);
    assertTrue(manifest.contains("\"implementation\": \"com.example.apic.SecureAvic\""), manifest);
    assertTrue(manifest.contains("\"implementation\": \"com.example.tsc.SecureTsc\""), manifest);
  }

  @Test
  void eachLibrarysContributionIsInAPackageOfItsOwnModule() throws IOException {
    try (ZipFile apic = new ZipFile(jar("apic").toFile())) {
      assertTrue(apic.stream().anyMatch(entry -> entry.getName().startsWith("dev/snpgate/contributions/com/example/apic/")
          && entry.getName().endsWith(".class")), "the contribution of com.example.apic");
      assertTrue(apic.stream().noneMatch(entry -> entry.getName().matches("dev/snpgate/contributions/[^/]+\\.class")),
          "nothing in the package every class-path library shares");
    }
  }

  @Test
  void itBootsOnTheModulePathWhereItsFeaturesAreEnabledAndRefusesAReservedBit() {
    String boots = boot("0x40887", 0);
    assertTrue(boots.contains("boots on SEV_STATUS 0x0000000000040887"), boots);
    String refuses = boot("0x200040887", 3);
    assertTrue(refuses.contains("reserved bit 33"), refuses);
  }

  /**
   * The same reactor with the guest's module-info removed: Maven puts the modular libraries on the
   * class path, where their contributions cannot be read, and the plugin's check says so.
   */
  @Test
  void aClassPathGuestOfModularLibrariesFailsNamingThem() throws IOException {
    GuestBuild classPathGuest = GuestBuild.copyOfProject("modular-libraries-on-the-class-path", "modular-libraries");
    Files.delete(classPathGuest.dir().resolve("guest/src/main/java/module-info.java"));
    GuestBuild.Result built = classPathGuest.maven("package");
    assertEquals(1, built.exitStatus(), built.output());
    assertTrue(built.output().contains("snpgate: guest is a guest compiled on the class path, but apic-1.jar,"
        + " timekeeping-1.jar are feature libraries compiled as a named module, whose features such a guest cannot see:"
        + " give the guest a module-info.java that requires the library (Maven then puts it on the module path), or"
        + " build the library without module-info.java"), built.output());
  }
}

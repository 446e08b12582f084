package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A guest that is a named module ({@code src/it/modular-guest}), built by a real Maven with the
 * processor and run on the module path as its users run it: {@code java -p <guest jar>:<runtime jar>
 * -m com.example.guest/com.example.guest.Boot STATUS}, with no snpgate-annotations at run time.
 */
class ModularGuestIT {

  private static final String VERSION = System.getProperty("snpgate.version");
  private static final Path SNPGATE = Path.of(System.getProperty("snpgate.itRepo"), "dev", "snpgate");
  private static final String MAIN = "com.example.guest/com.example.guest.Boot";

  private static GuestBuild guest;

  @BeforeAll
  static void build() {
    guest = GuestBuild.copyOfProject("modular-guest", "modular-guest");
    GuestBuild.Result built = guest.maven("package");
    assertEquals(0, built.exitStatus(), built.output());
  }

  private static Path artifact(String name) {
    return SNPGATE.resolve(name).resolve(VERSION).resolve(name + "-" + VERSION + ".jar");
  }

  private static ModuleDescriptor descriptor(Path jar) {
    Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
    assertEquals(1, modules.size(), jar.toString());
    return modules.iterator().next().descriptor();
  }

  private static Set<String> exports(ModuleDescriptor module) {
    Set<String> exports = new TreeSet<>();
    for (ModuleDescriptor.Exports export : module.exports()) {
      assertFalse(export.isQualified(), module.name() + " exports " + export);
      exports.add(export.source());
    }
    return exports;
  }

  private static GuestBuild.Result boot(String status) {
    String modulePath = guest.dir().resolve("target/modular-guest-1.jar") + File.pathSeparator
        + artifact("snpgate-runtime");
    return guest.java("-p", modulePath, "-m", MAIN, status);
  }


  @Test
  void annotationsAndRuntimeAreNamedModulesAndTheProcessorHasAStableName() {
    ModuleDescriptor annotations = descriptor(artifact("snpgate-annotations"));
    assertEquals("dev.snpgate.annotations", annotations.name());
    assertFalse(annotations.isAutomatic());
    assertEquals(Set.of("dev.snpgate.annotations"), exports(annotations));
    ModuleDescriptor runtime = descriptor(artifact("snpgate-runtime"));
    assertEquals("dev.snpgate.runtime", runtime.name());
    assertFalse(runtime.isAutomatic());
    assertEquals(Set.of("dev.snpgate.runtime"), exports(runtime));
    // The boot image of a guest holds java.base and nothing else of the JDK.
    assertEquals(Set.of("java.base"), runtime.requires().stream().map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet()));
    ModuleDescriptor processor = descriptor(artifact("snpgate-processor"));
    assertEquals("dev.snpgate.processor", processor.name());
    assertTrue(processor.isAutomatic());
  }

  @Test
  void theGuestModuleHoldsItsRegistryAndItsContributionMarkerWithoutExportingThem() {
    ModuleDescriptor module = descriptor(guest.dir().resolve("target/modular-guest-1.jar"));
    assertEquals("com.example.guest", module.name());
    assertEquals(Set.of("com.example.guest", "com.example.guest.features", "dev.snpgate.contributions.com.example.guest"),
        module.packages());
    assertEquals(Set.of(), module.exports());
    assertTrue(module.requires().stream().anyMatch(requires -> requires.name().equals("dev.snpgate.annotations")
        && requires.modifiers().equals(Set.of(ModuleDescriptor.Requires.Modifier.STATIC))), module.toString());
    assertTrue(guest.read("target/classes/META-INF/snpgate/features.json").contains("\"present\": \"0x0000000000000880\""));
  }

  @Test
  void onTheModulePathTheGuestBootsOnAHostItSupports() {
    GuestBuild.Result run = boot("0x887");
    assertEquals(0, run.exitStatus(), run.output());
    assertEquals(String.join("\n", "enabled DebugSwap", "enabled SecureTsc",
        "SEV-SNP guest modular-guest boots on SEV_STATUS 0x0000000000000887: features enabled with the guest's"
            + " implementation: DebugSwap (bit 7), SecureTSC (bit 11); enabled, no guest code needed: none"),
        run.output());
  }

  @Test
  void onTheModulePathTheGuestTerminatesNamingEveryUnsupportedBit() {
    GuestBuild.Result run = boot("0x200002017");
    assertEquals(3, run.exitStatus(), run.output());
    assertTrue(run.output().startsWith("SEV-SNP guest modular-guest refuses to boot on SEV_STATUS 0x0000000200002017:"
        + " the hypervisor enabled 3 bits that need guest code this guest lacks (unsupported mask 0x0000000200002010):"
        + " bit 4 ReflectVC (Reflect #VC)"), run.output());
    assertTrue(run.output().contains("reserved bit 13") && run.output().contains("reserved bit 33"), run.output());
    assertTrue(run.output().contains("SW_EXITINFO2 0x0000000200002010"), run.output());
  }
}

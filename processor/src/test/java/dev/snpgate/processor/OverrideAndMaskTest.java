package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.assertSingleError;
import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.feature;
import static dev.snpgate.processor.GuestSources.manifest;
import static dev.snpgate.processor.GuestSources.registrySource;
import static dev.snpgate.processor.GuestSources.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.snpgate.processor.reporting.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Catalog overrides and hand-written masks. */
class OverrideAndMaskTest {

  /** A package-info.java of package g carrying {@code annotations}. */
  private static JavaFileObject overrides(String... annotations) {
    String[] lines = new String[annotations.length + 3];
    System.arraycopy(annotations, 0, lines, 0, annotations.length);
    lines[annotations.length] = "package g;";
    lines[annotations.length + 1] = "import dev.snpgate.annotations.SnpCatalogOverride;";
    lines[annotations.length + 2] = "import dev.snpgate.annotations.SnpCatalogOverride.Tier;";
    return source("g.package-info", lines);
  }

  @Test
  void overrideOfReservedBit24AsNoImplNeededDropsItFromImplReq() {
    Compilation compilation = compile(overrides(
        "@SnpCatalogOverride(bit = 24, name = \"FutureFeat\", tier = Tier.NO_IMPL_NEEDED,",
        "    reference = \"AMD APM rev 3.99\")"), feature("g.Tsc", "bit = 11"));
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = manifest(compilation);
    assertTrue(manifest.contains("\"implReq\": \"0xfffffffffe7dbcf8\""), manifest);
    assertTrue(manifest.contains("{\"bit\": 24, \"name\": \"FutureFeat\", \"longName\": \"FutureFeat\", \"tier\":"
        + " \"NO_IMPL_NEEDED\", \"implRequired\": false, \"present\": false, \"implementation\": null, \"rationale\":"
        + " null, \"reference\": \"AMD APM rev 3.99\", \"origin\": null, \"definedBy\": \"guest\""
        + ", \"required\": false, \"requiredBy\": null, \"requiredRationale\": null}"), manifest);
    String registry = registrySource(compilation, "g.SnpGateRegistry");
    // Plain values, no catalog built when the registry initialises (issue 16, item 2).
    assertTrue(registry.contains("public long catalogOverrides() {\n    return 0x0000000001000000L;"), registry);
    assertTrue(registry.contains("case 24:\n        return \"NO_IMPL_NEEDED\";"), registry);
    assertFalse(registry.contains("Catalog"), registry);
  }

  @Test
  void overrideOfADefinedBitQuotesTheCatalog() {
    JavaFileObject file = overrides(
        "@SnpCatalogOverride(bit = 23, name = \"Mine\", tier = Tier.IMPL_REQUIRED, reference = \"r\")");
    assertSingleError(compile(file, feature("g.Tsc", "bit = 11")), file,
        String.format(Messages.OVERRIDE_OF_DEFINED_BIT, 23, "IBPBOnEntry", "NO_IMPL_NEEDED"), "bit = 23");
  }

  @Test
  void overrideOutOfRange() {
    JavaFileObject file = overrides(
        "@SnpCatalogOverride(bit = 64, name = \"X\", tier = Tier.IMPL_REQUIRED, reference = \"r\")");
    assertSingleError(compile(file), file, String.format(Messages.OVERRIDE_BIT_OUT_OF_RANGE, 64), "bit = 64");
  }

  @Test
  void overrideAtTheEdgeOfTheFeatureBitsIsJudgedByTheCatalog() {
    // Bit 2 is SEV-SNP state, out of range; bit 3 is the first feature bit, in range and defined (vTom).
    JavaFileObject state = overrides(
        "@SnpCatalogOverride(bit = 2, name = \"X\", tier = Tier.IMPL_REQUIRED, reference = \"r\")");
    assertSingleError(compile(state), state, String.format(Messages.OVERRIDE_BIT_OUT_OF_RANGE, 2), "bit = 2");
    JavaFileObject first = overrides(
        "@SnpCatalogOverride(bit = 3, name = \"X\", tier = Tier.IMPL_REQUIRED, reference = \"r\")");
    assertSingleError(compile(first), first, String.format(Messages.OVERRIDE_OF_DEFINED_BIT, 3, "vTom",
        "IMPL_REQUIRED"), "bit = 3");
  }

  @Test
  void overrideTwice() {
    JavaFileObject file = overrides(
        "@SnpCatalogOverride(bit = 30, name = \"A\", tier = Tier.IMPL_REQUIRED, reference = \"r\")",
        "@SnpCatalogOverride(bit = 30, name = \"B\", tier = Tier.IMPL_REQUIRED, reference = \"r\")");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    // javac cannot place a message on one annotation inside a repeated annotation's implicit
    // container, so it points at the annotated package.
    assertThat(compilation).hadErrorContaining(String.format(Messages.OVERRIDE_TWICE, 30, "package g", "package g"))
        .inFile(file).onLineContaining("package g;");
  }

  @Test
  void overrideWithoutReference() {
    JavaFileObject file = overrides(
        "@SnpCatalogOverride(bit = 30, name = \"A\", tier = Tier.IMPL_REQUIRED,",
        "    reference = \" \")");
    assertSingleError(compile(file), file, String.format(Messages.OVERRIDE_NEEDS_REFERENCE, 30), "reference = ");
  }

  @Test
  void overrideNameThatIsNotAToken() {
    JavaFileObject file = overrides(
        "@SnpCatalogOverride(bit = 30, name = \"Two words\", tier = Tier.IMPL_REQUIRED, reference = \"r\")");
    assertSingleError(compile(file), file, String.format(Messages.NAME_NOT_A_TOKEN, "Two words"), "Two words");
  }

  @Test
  void featureOnAnOverriddenBitIsJudgedByTheOverride() {
    JavaFileObject guest = overrides(
        "@SnpCatalogOverride(bit = 30, name = \"NewThing\", tier = Tier.NO_IMPL_NEEDED, reference = \"r\")");
    assertThat(compile(guest, feature("g.NewThing", "bit = 30"))).succeededWithoutWarnings();
    JavaFileObject wrong = feature("g.NewThing", "bit = 30,\n    implRequired = true");
    assertSingleError(compile(guest, wrong), wrong, String.format(Messages.IMPL_REQUIRED_CONTRADICTS_CATALOG, true, 30,
        "NewThing", "NO_IMPL_NEEDED", false, false), "implRequired = true");
  }

  private static JavaFileObject legacyMasks(String presentValue) {
    return source("g.LegacyMasks",
        "package g;",
        "import dev.snpgate.annotations.SnpMask;",
        "final class LegacyMasks {",
        "  @SnpMask(SnpMask.Kind.IMPL_REQ)",
        "  static final long IMPL_REQ = 0xffffffffff7dbcf8L;",
        "  @SnpMask(SnpMask.Kind.PRESENT)",
        "  static final long PRESENT = " + presentValue + ";",
        "}");
  }

  @Test
  void handWrittenMasksThatMatchPass() {
    assertThat(compile(legacyMasks("0x880L"), feature("g.Tsc", "bit = 11"), feature("g.Dbg", "bit = 7")))
        .succeededWithoutWarnings();
  }

  @Test
  void handWrittenMasksMayBeTheRegistrysOwnConstants() {
    // The constants only have values once the registry compiles: the masks are compared in the last round.
    assertThat(compile(legacyMasks("SnpGateRegistry.PRESENT"), feature("g.Tsc", "bit = 11"),
        feature("g.Dbg", "bit = 7"))).succeededWithoutWarnings();
  }

  @Test
  void wrongHandWrittenMaskQuotesTheExpectedValueAndTheBits() {
    JavaFileObject masks = legacyMasks("0x0000000000000090L");
    assertSingleError(compile(masks, feature("g.Tsc", "bit = 11"), feature("g.Dbg", "bit = 7")), masks,
        String.format(Messages.MASK_FIELD_DIFFERS, "g.LegacyMasks.PRESENT",
            "0x0000000000000090", "PRESENT", "0x0000000000000880", "0x0000000000000880",
            "bit 4 ReflectVC should not be here; bit 11 SecureTSC is missing here"), "@SnpMask(SnpMask.Kind.PRESENT)");
  }

  @Test
  void maskOnAFieldThatIsNotAConstant() {
    JavaFileObject masks = source("g.Masks",
        "package g;",
        "final class Masks {",
        "  @dev.snpgate.annotations.SnpMask(dev.snpgate.annotations.SnpMask.Kind.PRESENT)",
        "  static long present = 0x880L;",
        "}");
    assertSingleError(compile(masks, feature("g.Tsc", "bit = 11")), masks,
        String.format(Messages.MASK_FIELD_NOT_CONSTANT, "g.Masks.present"), "static long present");
  }

  @Test
  void overrideOfTheLastBit() {
    Compilation compilation = compile(overrides(
        "@SnpCatalogOverride(bit = 63, name = \"Last\", tier = Tier.NO_IMPL_NEEDED, reference = \"r\")"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(manifest(compilation).contains("\"implReq\": \"0x7fffffffff7dbcf8\""), manifest(compilation));
  }

  @Test
  void overrideTextsLongerThanTheLimit() {
    JavaFileObject longName = overrides("@SnpCatalogOverride(bit = 30, name = \"N\", longName = \"" + "n".repeat(4001)
        + "\", tier = Tier.NO_IMPL_NEEDED, reference = \"r\")");
    assertSingleError(compile(longName), longName, String.format(Messages.TEXT_TOO_LONG, "longName", 4001, 4000),
        "@SnpCatalogOverride");
    JavaFileObject reference = overrides("@SnpCatalogOverride(bit = 30, name = \"N\", tier = Tier.NO_IMPL_NEEDED,"
        + " reference = \"" + "r".repeat(4001) + "\")");
    assertSingleError(compile(reference), reference, String.format(Messages.TEXT_TOO_LONG, "reference", 4001, 4000),
        "@SnpCatalogOverride");
  }

  @Test
  void anEmptyOverrideContainerOverridesNothing() {
    Compilation compilation = compile(overrides("@dev.snpgate.annotations.SnpCatalogOverrides({})"),
        feature("g.Tsc", "bit = 11"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(manifest(compilation).contains("\"implReq\": \"0xffffffffff7dbcf8\""), manifest(compilation));
  }

  @Test
  void maskOnAnEnumConstantIsReportedAtItsEnum() {
    JavaFileObject masks = source("g.Masks",
        "package g;",
        "enum Masks {",
        "  @dev.snpgate.annotations.SnpMask(dev.snpgate.annotations.SnpMask.Kind.PRESENT)",
        "  PRESENT",
        "}");
    assertSingleError(compile(masks, feature("g.Tsc", "bit = 11")), masks,
        String.format(Messages.MASK_FIELD_NOT_CONSTANT, "g.Masks.PRESENT"), "enum Masks");
  }
}

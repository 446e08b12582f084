package dev.snpgate.cli.preflight;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.BadInputException;
import dev.snpgate.cli.ExitStatus;
import dev.snpgate.cli.Output;
import dev.snpgate.cli.SnpGateCommand;
import dev.snpgate.cli.manifest.ManifestReader;
import dev.snpgate.cli.manifest.ManifestRegistry;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.UnsupportedFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snpgate preflight --host-features F [--manifest M]... [--linux]}: before a host enables
 * SEV features, which guests and Linux releases it would refuse, and what to turn off for each.
 */
@Command(
    name = "preflight",
    mixinStandardHelpOptions = true,
    header = "Show which guests and Linux releases a host's SEV features refuse.",
    versionProvider = SnpGateCommand.Version.class,
    description = {
        "Say, before a host enables SEV features for SNP VMs, whether each guest boots or refuses it: each guest "
            + "manifest given, and with --linux the Linux releases of the table embedded in snpgate (each row with "
            + "how it was learned: read from the release's arch/x86/boot/compressed/sev.c, announced, merge history, "
            + "or a backport posted or likely for a stable series). For a refusal: the bits that refuse, why, and "
            + "the features to turn off for the guest to boot; for a guest that requires a feature the host leaves "
            + "off, the feature, who in the guest requires it and why, and that it must be turned on.",
        "A guest's verdict is exact (its manifest is its code). A Linux release's is exact when the table has a row "
            + "for it, inferred from the nearest row below it in its stable series (stable releases are cumulative) "
            + "or from the rows around it when its series has none, and undetermined when the rows that may describe "
            + "it answer differently (a later row of its series, a backport posted to the series, or a config option "
            + "not given): then both outcomes are named with the rows or option that decide.",
        "Exits 0 when everything checked boots, 3 when anything refuses, 4 when nothing refuses but a Linux "
            + "release is undetermined, 2 on bad input."})
public final class PreflightCommand implements Callable<Integer> {

  @Option(names = "--host-features", required = true, paramLabel = "F",
      description = "The SEV_FEATURES the host enables for the VM (VMSA numbering, as KVM and QEMU use): 0x hex, "
          + "decimal, or a comma list of names (SecureAVIC,IBPBOnEntry). SNPActive (bit 0) is implied.")
  String hostFeatures;

  @Option(names = "--manifest", paramLabel = "M",
      description = "A guest's META-INF/snpgate/features.json, or a jar holding it; repeat for more guests.")
  List<Path> manifests = new ArrayList<>();

  @Option(names = "--linux", arity = "0..1", fallbackValue = EVERY_ROW, paramLabel = "RELEASE",
      description = "Also check Linux: without RELEASE every row of the embedded table; with an upstream release "
          + "(--linux=6.18.2 or --linux 6.18.2) that release's answer: exact, inferred or undetermined.")
  String linux;

  @Option(names = "--linux-config", paramLabel = "CONFIG_X=v",
      description = "A kernel option the Linux rows depend on, as the kernel was built (CONFIG_AMD_SECURE_AVIC=y); "
          + "repeat for more options. Without it, rows of every setting count.")
  List<String> linuxConfig = new ArrayList<>();

  @Mixin
  Output output;

  /** What {@code --linux} without a value stands for: no release can be spelled so. */
  static final String EVERY_ROW = "every row";

  @Override
  public Integer call() {
    if (manifests.isEmpty() && linux == null) {
      throw new BadInputException("nothing to check: give --manifest M (one or more) or --linux");
    }
    if (linux == null && !linuxConfig.isEmpty()) {
      throw new BadInputException("--linux-config is about the Linux releases: give it with --linux");
    }
    HostFeatures host = HostFeatures.parse(hostFeatures);
    List<Verdict> guests = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Path manifest : manifests) {
      ManifestRegistry registry = new ManifestRegistry(ManifestReader.read(manifest));
      guests.add(Verdict.of(registry.guestName(), registry, host, UnsupportedFeature::reason));
      sources.add(registry.source());
    }
    LinuxReport linuxReport = linux == null ? null : linuxReport(host);
    int refusing = 0;
    for (Verdict guest : guests) {
      refusing += guest.boots() ? 0 : 1;
    }
    int guestsRefusing = refusing;
    return output.print(exitStatus(guestsRefusing, linuxReport),
        json -> json(json, host, guests, sources, linuxReport, guestsRefusing),
        text -> text(text, host, guests, sources, linuxReport, guestsRefusing));
  }

  private LinuxReport linuxReport(HostFeatures host) {
    LinuxTable table = LinuxTable.embedded();
    KernelConfig config = KernelConfig.parse(linuxConfig, table);
    RowVerdicts verdicts = new RowVerdicts(table, host);
    if (linux.equals(EVERY_ROW)) {
      return new LinuxRowsReport(table, config, verdicts);
    }
    KernelVersion release;
    try {
      release = KernelVersion.parse(linux.strip());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--linux " + e.getMessage());
    }
    return new LinuxReleaseReport(table, config, ReleaseAnswer.of(release, config, table, verdicts));
  }

  /** A refusal anywhere is {@link ExitStatus#REFUSED}; otherwise an undetermined release is its own status. */
  private static int exitStatus(int guestsRefusing, LinuxReport linux) {
    int linuxStatus = linux == null ? ExitStatus.OK : linux.exitStatus();
    if (guestsRefusing > 0 || linuxStatus == ExitStatus.REFUSED) {
      return ExitStatus.REFUSED;
    }
    return linuxStatus;
  }

  private static void json(ObjectNode object, HostFeatures host, List<Verdict> guests, List<String> sources,
      LinuxReport linux, int guestsRefusing) {
    SevStatus status = host.guestStatus();
    object.put("hostFeaturesInput", host.text());
    object.put("hostFeatures", SevStatus.hex(host.features()));
    object.put("guestStatus", status.hex());
    object.put("names", status.names());
    ArrayNode array = object.putArray("guests");
    for (int i = 0; i < guests.size(); i++) {
      ObjectNode guest = array.addObject();
      guest.put("guest", guests.get(i).guest());
      guest.put("manifest", sources.get(i));
      guest.put("verdict", "exact");
      guests.get(i).json(guest);
    }
    object.put("guestsChecked", guests.size());
    object.put("guestsRefusing", guestsRefusing);
    if (linux != null) {
      linux.json(object.putObject("linux"));
    }
  }

  private static void text(PrintWriter out, HostFeatures host, List<Verdict> guests, List<String> sources,
      LinuxReport linux, int guestsRefusing) {
    SevStatus status = host.guestStatus();
    out.println("host            SEV_FEATURES " + SevStatus.hex(host.features()));
    out.println("guests read     SEV_STATUS   " + status.hex() + "  " + status.names());
    for (int i = 0; i < guests.size(); i++) {
      Verdict guest = guests.get(i);
      out.println("guest " + guest.guest() + " (manifest " + sources.get(i) + "): " + guest.sentence());
      guest.text(out);
    }
    if (linux != null) {
      linux.text(out);
    }
    List<String> results = new ArrayList<>();
    if (!guests.isEmpty()) {
      results.add(guestsRefusing == 0 ? "every guest boots" : guestsRefusing + " of " + guests.size()
          + (guests.size() == 1 ? " guest refuses" : " guests refuse") + " this host");
    }
    if (linux != null) {
      results.add(linux.result());
    }
    out.println("result          " + String.join("; ", results));
  }
}

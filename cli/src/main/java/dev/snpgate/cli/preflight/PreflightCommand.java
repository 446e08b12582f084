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
            + "manifest given, and with --linux each Linux release of the table embedded in snpgate (read from "
            + "each release's arch/x86/boot/compressed/sev.c). For a refusal: the bits that refuse, why, and the "
            + "features to turn off for the guest to boot.",
        "Exits 0 when every guest boots, 3 when any refuses."})
public final class PreflightCommand implements Callable<Integer> {

  @Option(names = "--host-features", required = true, paramLabel = "F",
      description = "The SEV_FEATURES the host enables for the VM (VMSA numbering, as KVM and QEMU use): 0x hex, "
          + "decimal, or a comma list of names (SecureAVIC,IBPBOnEntry). SNPActive (bit 0) is implied.")
  String hostFeatures;

  @Option(names = "--manifest", paramLabel = "M",
      description = "A guest's META-INF/snpgate/features.json, or a jar holding it; repeat for more guests.")
  List<Path> manifests = new ArrayList<>();

  @Option(names = "--linux", description = "Also check each Linux release of the embedded table.")
  boolean linux;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    if (manifests.isEmpty() && !linux) {
      throw new BadInputException("nothing to check: give --manifest M (one or more) or --linux");
    }
    HostFeatures host = HostFeatures.parse(hostFeatures);
    List<Verdict> guests = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Path manifest : manifests) {
      ManifestRegistry registry = new ManifestRegistry(ManifestReader.read(manifest));
      guests.add(Verdict.of(registry.guestName(), registry, host, UnsupportedFeature::reason));
      sources.add(registry.source());
    }
    LinuxPreflight linuxVerdicts = linux ? new LinuxPreflight(LinuxTable.embedded(), host) : null;
    int refusing = (linuxVerdicts == null ? 0 : linuxVerdicts.refusing());
    for (Verdict guest : guests) {
      refusing += guest.boots() ? 0 : 1;
    }
    int checked = guests.size() + (linuxVerdicts == null ? 0 : linuxVerdicts.rows());
    int refused = refusing;
    return output.print(refused == 0 ? ExitStatus.OK : ExitStatus.REFUSED,
        json -> json(json, host, guests, sources, linuxVerdicts, checked, refused),
        text -> text(text, host, guests, sources, linuxVerdicts, checked, refused));
  }

  private static void json(ObjectNode object, HostFeatures host, List<Verdict> guests, List<String> sources,
      LinuxPreflight linux, int checked, int refused) {
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
      guests.get(i).json(guest);
    }
    if (linux != null) {
      linux.json(object.putObject("linux"));
    }
    object.put("checked", checked);
    object.put("refusing", refused);
  }

  private static void text(PrintWriter out, HostFeatures host, List<Verdict> guests, List<String> sources,
      LinuxPreflight linux, int checked, int refused) {
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
    out.println("result          " + (refused == 0 ? "every guest boots" : refused + " of " + checked + " refuse this host"));
  }
}

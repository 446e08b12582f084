package dev.snpgate.cli.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.Output;
import dev.snpgate.cli.SnpGateCommand;
import dev.snpgate.cli.manifest.ManifestReader;
import dev.snpgate.cli.manifest.ManifestRegistry;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.cli.status.StatusInput;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code snpgate check --manifest M STATUS}: the decision the guest would take on a host. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Show the decision a guest takes at boot on a SEV_STATUS value.",
    versionProvider = SnpGateCommand.Version.class,
    description = {
        "Print the decision a guest takes at boot on a SEV_STATUS value, computed by snpgate's gate from the "
            + "guest's manifest: SEV-SNP inactive, boot (the features enabled and why the guest has them), or "
            + "terminate (each unsupported bit by name and why, each feature the guest requires that the value lacks "
            + "with who requires it and why, and the GHCB request the guest sends). A guest that runs only as an "
            + "SEV-SNP guest terminates on a value without SEV-SNP, and sends no GHCB request: there is no GHCB to "
            + "send it through.",
        "Exits 0 when the guest boots, 3 when it terminates."})
public final class CheckCommand implements Callable<Integer> {

  @Option(names = "--manifest", required = true, paramLabel = "M",
      description = "The guest's META-INF/snpgate/features.json, or a jar holding it.")
  Path manifest;

  @Parameters(paramLabel = "STATUS", description = "The SEV_STATUS value: " + StatusInput.FORMS + ".")
  String status;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    StatusInput input = StatusInput.ofStatus(status);
    ManifestRegistry registry = new ManifestRegistry(ManifestReader.read(manifest));
    GateDecision decision = Gate.decide(input.status(), registry);
    DecisionView view = new DecisionView(decision, registry.catalog());
    return output.print(view.exitStatus(),
        json -> json(json, input, registry, view), text -> text(text, input, registry, view));
  }

  private static void json(ObjectNode object, StatusInput input, ManifestRegistry registry, DecisionView view) {
    object.put("manifest", registry.source());
    object.put("guest", registry.guestName());
    object.put("input", input.text());
    object.put("form", input.form().label());
    object.put("status", input.status().hex());
    object.put("complete", input.complete());
    object.put("names", input.status().names(registry.catalog()));
    object.put("implReq", SevStatus.hex(registry.implReq()));
    object.put("present", SevStatus.hex(registry.present()));
    object.put("required", SevStatus.hex(registry.required()));
    ArrayNode differences = object.putArray("catalogDifferences");
    for (String difference : registry.catalogDifferences()) {
      differences.add(difference);
    }
    view.json(object);
  }

  private static void text(PrintWriter out, StatusInput input, ManifestRegistry registry, DecisionView view) {
    out.println("guest         " + registry.guestName() + "  (manifest " + registry.source() + ")");
    out.println("SEV_STATUS    " + input.status().hex() + "  " + input.status().names(registry.catalog()));
    if (!input.complete()) {
      out.println("given as      " + DecodedStatus.KERNEL_LINE_LIMIT + "; the decision below is for the bits seen");
    }
    out.println("IMPL_REQ      " + SevStatus.hex(registry.implReq()));
    out.println("PRESENT       " + SevStatus.hex(registry.present()));
    // Only for a guest that requires something: one that requires nothing reads as it always has.
    if (registry.required() != 0) {
      out.println("REQUIRED      " + SevStatus.hex(registry.required()));
    }
    for (String difference : registry.catalogDifferences()) {
      out.println("note          " + difference);
    }
    view.text(out);
  }
}

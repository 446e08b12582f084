package dev.snpgate.examples.guest;

import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.BootDecision;
import dev.snpgate.runtime.FeatureFailure;
import dev.snpgate.runtime.FeatureDescriptor;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.GhcbTermination;
import dev.snpgate.runtime.MissingFeature;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.SevStatusFormatException;
import dev.snpgate.runtime.Termination;
import dev.snpgate.runtime.UnsupportedFeature;
import java.util.List;

/**
 * The example guest's entry point: reads SEV_STATUS (here from the command line, on a real guest
 * from MSR 0xC0010131), runs the generated gate before anything else, and boots or stops.
 */
public final class ExampleGuest {

  /** SEV, SEV-ES, SEV-SNP, DebugSwap, NoHostIBS and SecureTSC: a host this guest boots on. */
  public static final String DEFAULT_STATUS = "0x0000000000000987";

  public static final int EXIT_BOOTED = 0;
  public static final int EXIT_BAD_INPUT = 2;
  public static final int EXIT_TERMINATED = 3;

  private static final String USAGE = "usage: java -jar snpgate-example-guest.jar [SEV_STATUS]\n"
      + "  SEV_STATUS  0x-prefixed hex or decimal, up to 64 bits (default " + DEFAULT_STATUS + ")\n"
      + "exit status: 0 the guest boots, 3 it terminates, 2 bad input";

  private ExampleGuest() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Boots the guest on {@code args} and returns the exit status. */
  static int run(String[] args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      BootLog.line(USAGE);
      return EXIT_BOOTED;
    }
    if (args.length > 1) {
      System.err.println("error: expected at most one SEV_STATUS value, got " + args.length + " arguments");
      System.err.println(USAGE);
      return EXIT_BAD_INPUT;
    }
    SevStatus status;
    try {
      status = SevStatus.parse(args.length == 0 ? DEFAULT_STATUS : args[0]);
    } catch (SevStatusFormatException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      return EXIT_BAD_INPUT;
    }
    return boot(status, SnpGateRegistry.INSTANCE);
  }

  static int boot(SevStatus status, FeatureRegistry registry) {
    BootLog.line("snpgate example guest " + registry.guestName());
    BootLog.line("SEV_STATUS    " + status.hex() + "  " + status.names(registry.catalog()));
    BootLog.line("SEV_FEATURES  " + SevStatus.hex(status.sevFeatures()) + "  (VMSA view, SEV_STATUS >> 2)");
    BootLog.line("IMPL_REQ      " + SevStatus.hex(registry.implReq()));
    BootLog.line("PRESENT       " + SevStatus.hex(registry.present()));
    GateDecision decision = Gate.boot(status, registry);
    if (decision instanceof Termination) {
      printTermination((Termination) decision);
      return EXIT_TERMINATED;
    }
    if (decision instanceof BootDecision) {
      printBoot((BootDecision) decision);
    } else {
      BootLog.line("decision: boot, SEV-SNP not active: no features to negotiate");
    }
    BootLog.line(decision.message());
    return EXIT_BOOTED;
  }

  private static void printBoot(BootDecision decision) {
    BootLog.line("decision: boot");
    for (FeatureDescriptor feature : decision.enabledFeatures()) {
      BootLog.line("  enabled  bit " + feature.bit() + " " + feature.name() + " (" + feature.implementation() + ")");
    }
    for (BitDefinition bit : decision.enabledWithoutImplementation()) {
      BootLog.line("  enabled  bit " + bit.bit() + " " + bit.displayName() + ": no guest code needed");
    }
    printRegistryProblems(decision.registryProblems());
  }

  private static void printTermination(Termination termination) {
    FeatureFailure failure = termination.featureFailure();
    if (failure != null) {
      FeatureDescriptor feature = failure.feature();
      BootLog.line("decision: terminate, feature bit " + feature.bit() + " " + feature.name() + " ("
          + feature.implementation() + ") failed to come up: " + failure.failure());
      for (FeatureDescriptor enabled : failure.enabledBefore()) {
        BootLog.line("  enabled before it  bit " + enabled.bit() + " " + enabled.name());
      }
    } else {
      if (termination.unsupportedMask() != 0) {
        BootLog.line("decision: terminate, unsupported mask " + SevStatus.hex(termination.unsupportedMask()));
      }
      if (termination.missingMask() != 0) {
        BootLog.line("decision: terminate, missing mask " + SevStatus.hex(termination.missingMask()));
      }
    }
    for (UnsupportedFeature feature : termination.unsupported()) {
      BootLog.line("  " + feature.label() + ": " + feature.reason() + " (" + feature.docsLink() + ")");
    }
    for (MissingFeature feature : termination.missing()) {
      BootLog.line("  " + feature.label() + " left off: " + feature.reason() + " (" + feature.docsLink() + ")");
    }
    printRegistryProblems(termination.registryProblems());
    GhcbTermination request = termination.request();
    if (request == null) {
      // SEV-SNP is not active, so there is no GHCB to tell the host through: the guest only stops.
      BootLog.line("  no GHCB request: SEV-SNP is not active; the guest halts");
    } else {
      BootLog.line("  GHCB protocol >= 2: SW_EXITCODE 0x" + Long.toHexString(request.swExitCode())
          + " SW_EXITINFO1 0x" + Long.toHexString(request.swExitInfo1())
          + " SW_EXITINFO2 " + SevStatus.hex(request.swExitInfo2()));
      BootLog.line("  GHCB protocol 1: MSR 0xc0010130 = 0x" + Long.toHexString(request.msrProtocolValue()));
    }
    BootLog.line(termination.message());
  }

  /** The registry's problems, one a line; the decision's message names both snpgate versions. */
  private static void printRegistryProblems(List<String> problems) {
    for (String problem : problems) {
      BootLog.line("  registry problem: " + problem);
    }
  }
}

package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snpgate.runtime.BootDecision;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;

/** {@code check --json} on a manifest against the runtime's gate on a registry: the one comparison of the property tests. */
final class CheckAgreement {

  private CheckAgreement() {}

  /**
   * Asserts that {@code check} on {@code manifest} decides on {@code status} as the gate on
   * {@code registry}: the same kind, exit status, message, both masks and (no) GHCB request.
   *
   * @return the gate's decision, for the caller to count outcomes
   */
  static GateDecision assertSameDecision(String manifest, SevStatus status, FeatureRegistry registry) {
    GateDecision gate = Gate.decide(status, registry);
    CliRun run = InProcess.run("check", "--json", "--manifest", manifest, status.hex());
    JsonNode json = run.json();
    String kind = gate instanceof Termination ? "terminate" : gate instanceof BootDecision ? "boot" : "snp-inactive";
    assertEquals(kind, json.get("decision").textValue(), run::describe);
    assertEquals(gate.boots() ? 0 : 3, run.exitStatus(), run::describe);
    assertEquals(gate.message(), json.get("message").textValue(), run::describe);
    if (gate instanceof Termination termination) {
      assertEquals(SevStatus.hex(termination.unsupportedMask()), json.get("unsupportedMask").textValue(), run::describe);
      assertEquals(SevStatus.hex(termination.missingMask()), json.get("missingMask").textValue(), run::describe);
      assertEquals(termination.request() == null, json.get("request").isNull(), run::describe);
    }
    return gate;
  }
}

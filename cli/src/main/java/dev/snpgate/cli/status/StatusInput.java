package dev.snpgate.cli.status;

import dev.snpgate.cli.BadInputException;
import dev.snpgate.runtime.KernelStatusLine;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.SevStatusFormatException;

/**
 * A SEV_STATUS value as an operator gives it, and the form it came in: {@code 0x} hex, decimal, the
 * kernel's {@code SEV: Status:} line, a SEV_FEATURES value (VMSA numbering, as KVM and QEMU
 * number it), or read from the MSR. The parsing is the runtime's: {@link SevStatus} and {@link
 * KernelStatusLine}.
 *
 * @param text what the operator gave
 * @param form how it was read
 * @param status the SEV_STATUS it means
 */
public record StatusInput(String text, Form form, SevStatus status) {

  /** How a value was given. */
  public enum Form {
    HEX("hex"),
    DECIMAL("decimal"),
    KERNEL_LINE("kernel-line"),
    /** The older kernels' {@code Memory Encryption Features active:} line: bits 0 to 2 only. */
    KERNEL_MEMORY_ENCRYPTION_LINE("kernel-memory-encryption-line"),
    SEV_FEATURES("sev-features"),
    MSR("msr");

    private final String label;

    Form(String label) {
      this.label = label;
    }

    /** The form as the JSON output names it. */
    public String label() {
      return label;
    }
  }

  /** What STATUS may be, for usage texts and error messages. */
  public static final String FORMS = "0x-prefixed hex, decimal, or the kernel's line "
      + "\"" + KernelStatusLine.MARKER + " SEV SEV-ES SEV-SNP ...\"";

  /**
   * Reads {@code text} as a SEV_STATUS: the kernel's line when it holds {@link
   * KernelStatusLine#MARKER}, else a number.
   *
   * @throws BadInputException with the runtime's message, which names the input and the problem
   */
  public static StatusInput ofStatus(String text) {
    try {
      if (KernelStatusLine.isStatusLine(text)) {
        return new StatusInput(text, Form.KERNEL_LINE, KernelStatusLine.parse(text));
      }
      return new StatusInput(text, numberForm(text), SevStatus.parse(text));
    } catch (SevStatusFormatException e) {
      throw new BadInputException(e.getMessage() + " (STATUS is " + FORMS + ")");
    }
  }

  /**
   * Reads {@code text} as a SEV_FEATURES number, the SEV_STATUS a guest reads under it.
   *
   * @throws BadInputException naming the input and the problem
   */
  public static StatusInput ofSevFeatures(String text) {
    try {
      return new StatusInput(text, Form.SEV_FEATURES, SevStatus.parseSevFeatures(text));
    } catch (SevStatusFormatException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  /**
   * Whether the value may miss set bits: a kernel line names only the bits Linux has a name for
   * (the memory encryption line only bits 0 to 2), so a set bit it has no name for cannot be seen.
   */
  public boolean complete() {
    return form != Form.KERNEL_LINE && form != Form.KERNEL_MEMORY_ENCRYPTION_LINE;
  }

  /** A value read from the SEV_STATUS MSR itself. */
  public static StatusInput ofMsr(long value) {
    SevStatus status = SevStatus.of(value);
    return new StatusInput(status.hex(), Form.MSR, status);
  }

  private static Form numberForm(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("0x") || trimmed.startsWith("0X") ? Form.HEX : Form.DECIMAL;
  }
}

package dev.snpgate.cli.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Linux's MSR device, {@code /dev/cpu/N/msr}: reading 8 bytes at offset A reads MSR A of CPU N
 * (little endian). It needs the msr module and root (CAP_SYS_RAWIO). Tests give a file standing in
 * for the device; this is the only code that reads either.
 */
final class MsrDevice {

  /** SEV_STATUS. */
  static final long SEV_STATUS_MSR = 0xC0010131L;

  private MsrDevice() {}

  /** The device of CPU {@code cpu}. */
  static Path of(int cpu) {
    return Path.of("/dev/cpu", String.valueOf(cpu), "msr");
  }

  /**
   * The 64-bit value of MSR {@link #SEV_STATUS_MSR} read through {@code device}.
   *
   * @throws MsrUnreadableException saying, in words, why it could not be read and what is needed
   */
  static long readSevStatus(Path device) {
    ByteBuffer value = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    try (FileChannel channel = FileChannel.open(device, StandardOpenOption.READ)) {
      while (value.hasRemaining()) {
        int read = channel.read(value, SEV_STATUS_MSR + value.position());
        if (read < 0) {
          throw new MsrUnreadableException(device + " gave " + value.position() + " of 8 bytes at offset 0x"
              + Long.toHexString(SEV_STATUS_MSR) + ": not an MSR device");
        }
      }
    } catch (NoSuchFileException e) {
      throw new MsrUnreadableException(device + " does not exist: load the msr module (modprobe msr) on a Linux"
          + " guest, and check the CPU number");
    } catch (AccessDeniedException e) {
      throw new MsrUnreadableException(device + ": permission denied: reading an MSR needs root (CAP_SYS_RAWIO)");
    } catch (IOException e) {
      throw new MsrUnreadableException(device + ": " + e.getMessage() + readFailureHint(e));
    }
    return value.flip().getLong();
  }

  /** The msr driver answers EIO when RDMSR faults: the CPU has no such MSR for this guest. */
  private static String readFailureHint(IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Is a directory")) {
      return " (give the msr device, not a directory)";
    }
    return message.contains("Input/output error")
        ? " (the CPU refused to read MSR 0xc0010131: this is not an SEV guest)"
        : "";
  }
}

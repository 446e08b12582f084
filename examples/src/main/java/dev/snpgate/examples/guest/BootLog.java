package dev.snpgate.examples.guest;

import java.io.PrintStream;

/** Where the example kernel prints its boot messages: the console, like a kernel's early printk. */
public final class BootLog {

  private static PrintStream out = System.out;

  private BootLog() {}

  public static void line(String text) {
    out.println(text);
  }

  /** Sends boot messages to {@code stream}; the example's tests capture them this way. */
  static void redirect(PrintStream stream) {
    out = stream;
  }
}

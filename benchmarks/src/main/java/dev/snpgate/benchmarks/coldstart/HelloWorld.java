package dev.snpgate.benchmarks.coldstart;

/** The floor: a JVM that starts, prints one line and exits, from the same jar as the contenders. */
public final class HelloWorld {

  private HelloWorld() {}

  public static void main(String[] args) {
    System.out.println("hello world");
  }
}

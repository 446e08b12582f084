package dev.snpgate.benchmarks.coldstart;

import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.lang.reflect.InvocationTargetException;

/**
 * (d) Features found by scanning the class path with ClassGraph for {@code @SnpFeature} (CLASS
 * retention, which ClassGraph reads from the class files): PRESENT from the annotations' bits,
 * each enabled feature constructed reflectively; IMPL_REQ kept by hand as in (b).
 */
public final class ClassGraphBoot {

  private static final String SNP_FEATURE = "dev.snpgate.annotations.SnpFeature";

  private ClassGraphBoot() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    long status = Long.parseUnsignedLong(args[0], 16);
    System.out.println(boot(status) ? "boots" : "terminates");
  }

  static boolean boot(long status) throws ReflectiveOperationException {
    if ((status & (1L << 2)) == 0) {
      return true;
    }
    try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
        .acceptPackages("dev.snpgate.benchmarks.guest").scan()) {
      ClassInfo[] byBit = new ClassInfo[64];
      long present = 0;
      for (ClassInfo feature : scan.getClassesWithAnnotation(SNP_FEATURE)) {
        int bit = (Integer) feature.getAnnotationInfo(SNP_FEATURE).getParameterValues().getValue("bit");
        byBit[bit] = feature;
        present |= 1L << bit;
      }
      if ((status & HandWrittenBoot.IMPL_REQ & ~present) != 0) {
        return false;
      }
      SevStatus reading = SevStatus.of(status);
      for (int bit = 3; bit < 64; bit++) {
        if ((status & present & (1L << bit)) != 0) {
          instantiate(byBit[bit]).enable(reading);
        }
      }
      return true;
    }
  }

  private static GuestFeature instantiate(ClassInfo feature) throws ReflectiveOperationException {
    try {
      return feature.loadClass(GuestFeature.class).getDeclaredConstructor().newInstance();
    } catch (InvocationTargetException failed) {
      throw new IllegalStateException(feature.getName() + " failed to construct", failed.getCause());
    }
  }
}

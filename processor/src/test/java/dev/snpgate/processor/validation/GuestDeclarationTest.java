package dev.snpgate.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuestDeclarationTest {

  @Test
  void sharedPackageIsTheLongestCommonPrefixByWholeSegments() {
    assertEquals("com.acme", GuestDeclaration.sharedPackage(List.of("com.acme.a", "com.acme.b.c")));
    assertEquals("com.acme.a", GuestDeclaration.sharedPackage(List.of("com.acme.a", "com.acme.a")));
    assertEquals("com", GuestDeclaration.sharedPackage(List.of("com.acme", "com.acmex")));
    assertEquals("alpha", GuestDeclaration.sharedPackage(List.of("zeta", "alpha")));
    assertEquals("", GuestDeclaration.sharedPackage(List.of()));
  }
}

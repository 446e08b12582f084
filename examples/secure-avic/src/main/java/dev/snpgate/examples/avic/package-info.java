/**
 * The example guest's Secure AVIC implementation, as a feature library: a guest built with it
 * (the example's {@code secure-avic} profile) accepts hosts that enable Secure AVIC, as Linux does
 * with {@code CONFIG_AMD_SECURE_AVIC}.
 */
@SnpLibrary
package dev.snpgate.examples.avic;

import dev.snpgate.annotations.SnpLibrary;

/**
 * What a guest embeds: the SEV_STATUS catalog, {@code SevStatus}, {@code GuestFeature}, the
 * registry contract and the gate. Only {@code java.base}, so a guest on the module path adds
 * nothing else to its boot image.
 */
module dev.snpgate.runtime {
  exports dev.snpgate.runtime;
}

/**
 * snpgate's annotations. Their retention is CLASS, so a guest module needs them only to compile:
 * {@code requires static dev.snpgate.annotations;}.
 */
module dev.snpgate.annotations {
  exports dev.snpgate.annotations;
}

/** A feature library as a named module: it exports its feature package and nothing of snpgate's. */
module com.example.apic {
  requires transitive dev.snpgate.runtime;
  requires static dev.snpgate.annotations;
  exports com.example.apic;
}

/** The guest kernel as a named module, built from two modular feature libraries. */
module com.example.guest {
  requires dev.snpgate.runtime;
  requires static dev.snpgate.annotations;
  requires com.example.apic;
  requires com.example.tsc;
}

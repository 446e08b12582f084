/** The guest kernel as a named module. Its registry and features need not be exported. */
module com.example.guest {
  requires dev.snpgate.runtime;
  // CLASS retention: needed to compile, absent from the module path at run time.
  requires static dev.snpgate.annotations;
}

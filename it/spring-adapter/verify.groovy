// The Spring adapter was generated on request, once beside the runtime, and the consumer's tests answered with it.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
def sources = new File(basedir, 'target/generated-sources/error-catalog')
assert new File(sources, 'io/errorcatalog/it/errorcatalog/CatalogSpringProblems.java').isFile()
assert !new File(sources, 'io/errorcatalog/it/errorcatalog/CatalogJacksonModule.java').exists()
// Adapters are generic now: no catalog gets one of its own.
assert !new File(sources, 'com/example/orders/OrdersSpringProblems.java').exists()

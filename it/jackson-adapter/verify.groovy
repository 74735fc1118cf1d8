// The Jackson module was generated on request, once beside the runtime, and the consumer's tests wrote and read
// bodies with it.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
def sources = new File(basedir, 'target/generated-sources/error-catalog')
assert new File(sources, 'io/errorcatalog/it/errorcatalog/CatalogJacksonModule.java').isFile()
assert !new File(sources, 'io/errorcatalog/it/errorcatalog/CatalogSpringProblems.java').exists()
// Adapters are generic now: no catalog gets one of its own.
assert !new File(sources, 'com/example/orders/OrdersJacksonModule.java').exists()

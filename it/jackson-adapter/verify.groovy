// The Jackson module was generated on request, and the consumer's tests wrote and read bodies with it.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/generated-sources/error-catalog/com/example/orders/OrdersJacksonModule.java').isFile()
assert !new File(basedir, 'target/generated-sources/error-catalog/com/example/orders/OrdersSpringProblems.java').exists()

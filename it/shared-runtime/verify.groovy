// The provider wrote the runtime once; the consumer reused it and wrote only its catalog's thin layer.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
def provided = new File(basedir, 'provider/target/generated-sources/error-catalog/com/example/platform/errors')
assert new File(provided, 'CatalogError.java').isFile()
assert new File(provided, 'ErrorCatalog.java').isFile()
def consumer = new File(basedir, 'consumer/target/generated-sources/error-catalog')
assert !new File(consumer, 'com/example/platform').exists()
def consumerFiles = []
consumer.eachFileRecurse(groovy.io.FileType.FILES) { consumerFiles << consumer.toPath().relativize(it.toPath()).toString() }
assert consumerFiles.sort() == ['com/example/billing/BillingError.java', 'com/example/billing/BillingException.java']

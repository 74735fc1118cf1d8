// Two libraries with runtimes of their own ran side by side in named modules.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'orders/target/generated-sources/error-catalog/com/example/orders/errorcatalog/ErrorCatalog.java').isFile()
assert new File(basedir, 'billing/target/generated-sources/error-catalog/com/example/billing/errorcatalog/ErrorCatalog.java').isFile()

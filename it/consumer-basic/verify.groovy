// The consumer's own tests ran against the generated code, and the goal said what it did.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 7, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('[INFO] Error catalogs: 1 catalog(s), 3 error(s), 2 locale(s): 7 file(s), 7 written, 0 unchanged, 0 removed')
assert new File(basedir, 'target/generated-sources/error-catalog/com/example/shop/ShopError.java').isFile()
assert new File(basedir, 'target/classes/com/example/shop/ShopErrorMessages_fr.properties').isFile()

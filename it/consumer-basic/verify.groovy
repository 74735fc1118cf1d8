// The consumer's own tests ran against the generated code, and the goal said what it did.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 7, Failures: 0, Errors: 0, Skipped: 0')
// 7 files of the catalog (4 classes, 3 bundles) and the 26 sources of the runtime, written once.
assert log.contains('[INFO] Error catalogs: 1 catalog(s), 3 error(s), 2 locale(s): 33 file(s), 33 written, 0 unchanged, 0 removed')
def sources = new File(basedir, 'target/generated-sources/error-catalog')
assert new File(sources, 'com/example/shop/ShopError.java').isFile()
// Without runtimePackage, the runtime goes to ${project.groupId}.errorcatalog.
assert new File(sources, 'io/errorcatalog/it/errorcatalog/CatalogError.java').isFile()
assert new File(basedir, 'target/classes/com/example/shop/ShopErrorMessages_fr.properties').isFile()

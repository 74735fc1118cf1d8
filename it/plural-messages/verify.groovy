// The consumer's tests counted in four plural systems, and each bundle carries its language's plural rules.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 6, Failures: 0, Errors: 0, Skipped: 0')
def bundles = new File(basedir, 'target/generated-resources/error-catalog/com/example/files')
def polish = new Properties()
new File(bundles, 'FilesErrorMessages_pl.properties').withInputStream { polish.load(it) }
assert polish.getProperty('@plural').startsWith('one: i = 1 and v = 0; few: v = 0 and i % 10 = 2..4')
assert new File(bundles, 'FilesErrorMessages_en_XA.properties').isFile()
// No ICU at run time: the generated code and its runtime use the JDK only.
def sources = new File(basedir, 'target/generated-sources/error-catalog')
sources.eachFileRecurse(groovy.io.FileType.FILES) { assert !it.text.contains('com.ibm.icu') : it }
assert new File(sources, 'io/errorcatalog/it/errorcatalog/PluralRules.java').isFile()

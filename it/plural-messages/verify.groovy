// The consumer's tests counted in five plural systems, and each bundle carries its language's plural rules.
def log = new File(basedir, 'build.log').text
// Twice: as Java 17 and later name Hebrew and Indonesian (he, id), then as Java 8 to 16 do (iw, in).
assert log.count('Tests run: 9, Failures: 0, Errors: 0, Skipped: 0\n') == 2
assert log.contains('maven-surefire-plugin:3.5.3:test (old-iso-codes)')
def bundles = new File(basedir, 'target/generated-resources/error-catalog/com/example/files')
def polish = new Properties()
new File(bundles, 'FilesErrorMessages_pl.properties').withInputStream { polish.load(it) }
assert polish.getProperty('@plural').startsWith('one: i = 1 and v = 0; few: v = 0 and i % 10 = 2..4')
assert new File(bundles, 'FilesErrorMessages_en_XA.properties').isFile()
// Hebrew's and Indonesian's bundles also under the names Java 8 to 16 look for.
['he': 'iw', 'id': 'in'].each { now, before ->
    assert new File(bundles, "FilesErrorMessages_${before}.properties").text ==
            new File(bundles, "FilesErrorMessages_${now}.properties").text
}
// No ICU at run time: the generated code and its runtime use the JDK only.
def sources = new File(basedir, 'target/generated-sources/error-catalog')
sources.eachFileRecurse(groovy.io.FileType.FILES) { assert !it.text.contains('com.ibm.icu') : it }
assert new File(sources, 'io/errorcatalog/it/errorcatalog/PluralRules.java').isFile()

// The first copy ran the plugin and filled the cache; the second restored the library from it without
// running the plugin, built the changed application against it, and its tests passed; the third, whose
// catalog changed, ran the plugin again.
def first = new File(basedir, 'target/first.log').text
def second = new File(basedir, 'target/second.log').text
assert first.contains('Error catalogs: 1 catalog(s), 2 error(s)') : first
assert first =~ /Saved Build to local file/ : first
assert !second.contains('Error catalogs:') : 'the plugin ran again:\n' + second
assert second =~ /Found cached build, restoring io\.errorcatalog\.it\.cache:shop-errors from cache/ : second
assert second =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0/ : second
assert second.contains('BUILD SUCCESS')
def third = new File(basedir, 'target/third.log').text
assert third.contains('Error catalogs: 1 catalog(s), 2 error(s)') : 'a changed catalog is a cache miss:\n' + third
assert third =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/ : third

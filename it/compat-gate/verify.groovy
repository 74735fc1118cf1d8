// Release 1.0 published its catalogs; each 1.1-SNAPSHOT was compared with them, and the gate let through
// what keeps clients working and stopped what breaks them.
def log = new File(basedir, 'build.log').text
def text = { String path -> new File(basedir, path).getText('UTF-8') }
assert log.count('BUILD SUCCESS') == 4
assert log.count('BUILD FAILURE') == 1

// 1.0: a first release, nothing to compare; its catalogs went into the local repository beside its jar.
assert log.contains('[INFO] Error catalogs: no baseline (no release before 1.0, or baselineVersion none): nothing to compare')
def released = new File(basedir, '../../local-repo/io/errorcatalog/it/compat-shop/1.0/compat-shop-1.0-error-catalog.zip')
assert released.isFile()
def entries = new java.util.zip.ZipFile(released).withCloseable { zip -> zip.entries().collect { it.name } }
assert entries == ['META-INF/error-catalog/history.json', 'shop.yaml']
assert text('release/target/generated-sources/error-catalog/com/example/shop/ShopError.java').contains('     * @since 1.0\n')

// (a) An error added: passes with a note; the new error's first release is 1.1, the others' 1.0.
assert log.contains('adds-error/src/main/error-catalog/shop.yaml:17:3: [error-added] PAYMENT_DECLINED (code \'payment_declined\') is new since 1.0')
assert text('adds-error/target/error-catalog/compat-report.md').contains('| note | `error-added` | `shop.yaml:17:3` |')
def added = text('adds-error/target/generated-sources/error-catalog/com/example/shop/ShopError.java')
assert added =~ /(?s)@since 1\.0\n     \*\/\n    OUT_OF_STOCK,/
assert added =~ /(?s)@since 1\.1\n     \*\/\n    PAYMENT_DECLINED,/
// Its reference (the docs goal) shows the same first releases: 1.0's history for the errors it had, 1.1 for the new one.
def reference = new groovy.json.JsonSlurper().parse(new File(basedir, 'adds-error/target/error-catalog-docs/shop/catalog.json'))
assert reference.errors.collectEntries { [(it.name): it.since] } == [OUT_OF_STOCK: '1.0', ORDER_NOT_FOUND: '1.0', PAYMENT_DECLINED: '1.1']
assert text('adds-error/target/error-catalog-docs/shop/en.md').contains('- First released in: 1\\.1\n')

// (b) An error deleted: fails, naming the code and the place, in the log and in the report.
assert log.contains('removes-error/src/main/error-catalog/shop.yaml:6:3: [code-removed] the error OUT_OF_STOCK (code \'out_of_stock\') of 1.0 (shop.yaml:6:3) is removed without a tombstone: clients that decode \'out_of_stock\' get UNKNOWN')
assert log.contains('1 breaking change(s) in the error catalogs under ')
def failed = new groovy.json.JsonSlurper().parse(new File(basedir, 'removes-error/target/error-catalog/compat-report.json'))
assert !failed.passes && failed.changes.size() == 1
assert failed.changes[0].rule == 'code-removed' && failed.changes[0].line == 6 && failed.changes[0].before == 'out_of_stock'

// (c) An error removed as a tombstone: passes; the constant is deprecated, and the consumer's test decoded it.
assert log.contains('tombstone/src/main/error-catalog/shop.yaml:12:14: [error-tombstoned] OUT_OF_STOCK (code \'out_of_stock\') is removed in 1.1 with a tombstone')
def tombstone = text('tombstone/target/generated-sources/error-catalog/com/example/shop/ShopError.java')
assert tombstone.contains('     * @deprecated Removed in 1.1 (the API no longer sends it; decoding still recognises its code): Items are back-ordered now.\n     */\n    @Deprecated\n    OUT_OF_STOCK,')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')

// (d) A status changed and accepted in the catalog: passes, and the report lists the change with its reason.
def accepted = text('accepted-status/target/error-catalog/compat-report.md')
assert accepted.contains('No breaking change: 0 breaking, 0 warning(s), 0 note(s), 1 accepted.')
assert accepted.contains('| accepted | `status-changed` | `shop.yaml:14:13` | the HTTP status of ORDER\\_NOT\\_FOUND was 404 in 1.0 and is 410 now')
assert accepted.contains('<br>Accepted: The API has answered 410 all along; 1.0 documented 404 by mistake. |')

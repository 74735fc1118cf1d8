// Every problem of every catalog is reported at its file, line and column, and nothing is generated.
// The misspelt 'mesage' is one mistake: it is reported as an unknown key, not also as a missing 'message'.
def log = new File(basedir, 'build.log').text
def expected = [
    'src/main/error-catalog/billing.yaml:5:10: [unknown-catalog] catalog \'billing\' extends \'invoices\', but no catalog has that id; the ids are [orders]',
    'src/main/error-catalog/billing.yaml:12:12: [invalid-value] \'retry\' of error PAYMENT_DECLINED is \'later\'; write one of: never, after-delay, retry-after, unspecified',
    'src/main/error-catalog/orders.yaml:9:38: [blank-text] the de title of error ORDER_NOT_FOUND is empty, which users would see as no text; write it, or leave the locale out (or write null) so that it falls back',
    'src/main/error-catalog/orders.yaml:10:5: [unknown-key] unknown key \'mesage\' in error ORDER_NOT_FOUND; did you mean \'message\'?',
    'src/main/error-catalog/orders.yaml:13:13: [invalid-status] \'status\' of error TOO_MANY is \'4000\'; an HTTP status is a number from 100 to 599 (or null if the API documents none)',
    'src/main/error-catalog/orders.yaml:16:52: [undeclared-parameter] the de message of error TOO_MANY uses {maximum}, which \'params\' does not declare; if it stands for {max}, which the message leaves out, write {max}; else declare it (params: {maximum: string}) or write \'{{maximum}}\' for literal braces',
]
def reported = log.readLines().findAll { it.startsWith('[ERROR] /') && it.contains('.yaml:') }
assert reported.size() == expected.size() : "reported:\n" + reported.join('\n')
expected.eachWithIndex { line, i -> assert reported[i].endsWith(line) : "expected ...${line}\nbut got ${reported[i]}" }
assert log.contains('6 problem(s) in the error catalogs under ')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat io.errorcatalog') : 'no stack trace for a user mistake'
assert !new File(basedir, 'target/generated-sources/error-catalog').exists() : 'a failed run writes nothing'

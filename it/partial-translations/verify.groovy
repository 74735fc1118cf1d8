// The first build passed, its tests included, and summed up the translations; the release build failed
// naming each missing text at its English original.
def log = new File(basedir, 'build.log').text
assert log.contains('Translations of orders: 6 texts in en; de 4 translated (1 stale), 2 missing; de-CH 1 translated, 5 missing')
assert log =~ /Tests run: 5, Failures: 0, Errors: 0/
assert log.count('[untranslated]') == 7
assert log =~ /orders\.yaml:19:\d+: \[untranslated\] no de translation of the title of error OUT_OF_STOCK;/
assert log =~ /orders\.yaml:28:\d+: \[untranslated\] no de-CH translation of the causes of error LOCKED;/
assert !log.contains('[stale-translation]'), 'stale translations fail only with failOnStaleTranslations'

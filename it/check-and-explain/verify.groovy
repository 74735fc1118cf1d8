// check validated the catalog and wrote nothing; explain printed the entry by code (in French) and by name,
// every parameter listed with its type.
def log = new File(basedir, 'build.log').text
assert log =~ /Error catalogs: 1 catalog\(s\), 3 error\(s\): no problems, in \d+ ms/
assert !new File(basedir, 'target/generated-sources').exists()
assert log.contains('QUANTITY_TOO_HIGH (code quantity_too_high) in Shop API, shop.yaml:')
assert log.contains('HTTP status 400, severity fatal, retry never, ShopValidationException')
assert log.contains('Quantité trop élevée')
assert log.contains('Vous pouvez commander au plus {max: int} exemplaires de « {item: string} ».')
assert log.contains("You can order at most {max: int} of '{item: string}'.")
assert log.contains('Parameters:\n  {item} (string)\n  {max} (int)\n')
assert log.count('BUILD SUCCESS') == 3

// Export wrote each state; import made the translator's confirmed targets the German file, each with the hash of
// its English source (so the stale text is current now), left the draft out, and the German bundle has them.
import java.security.MessageDigest
import javax.xml.parsers.DocumentBuilderFactory

def hash = { String text -> MessageDigest.getInstance('SHA-256').digest(text.getBytes('UTF-8')).encodeHex().toString().substring(0, 8) }
def log = new File(basedir, 'build.log').text

def factory = DocumentBuilderFactory.newDefaultInstance()
factory.namespaceAware = true
def units = factory.newDocumentBuilder().parse(new File(basedir, 'target/exported-orders.de.xlf'))
        .getElementsByTagNameNS('urn:oasis:names:tc:xliff:document:1.2', 'trans-unit')
def states = (0..<units.length).collect { units.item(it) }.collectEntries {
    [(it.getAttribute('id')): it.getElementsByTagNameNS('*', 'target').item(0).getAttribute('state')]
}
assert states == ['ORDER_NOT_FOUND.title': 'translated', 'ORDER_NOT_FOUND.message': 'new',
                  'OUT_OF_STOCK.title': 'new', 'OUT_OF_STOCK.message': 'needs-review-translation',
                  'OUT_OF_STOCK.causes.1': 'new', 'OUT_OF_STOCK.causes.2': 'new']
assert log.contains('Exported orders for translation into de: ')
assert log.contains('(6 units: 4 new, 1 to review, 1 translated)')

def german = new File(basedir, 'src/main/error-catalog/orders.de.yaml').text
assert german.contains("""\
  ORDER_NOT_FOUND:
    title: {text: "Bestellung nicht gefunden", source: "${hash('Order not found')}"}
    message: {text: "Bestellung {id} wurde nicht gefunden.", source: "${hash('Order {id} was not found.')}"}
  OUT_OF_STOCK:
    title: {text: "Nein: \\"ausverkauft\\" # leer", source: "${hash('Out of stock')}"}
    message: {text: "Einige Artikel sind ausverkauft.", source: "${hash('Some items are out of stock.')}"}
"""), german
assert !german.contains('causes'), 'a list with an item that still needs work stays as it was: untranslated'
assert !new File(basedir, 'src/main/error-catalog/orders.yaml').text.contains('Bestellung'), 'the catalog is not written'
assert log.contains('Imported the de translations of orders: ')
assert log.contains('(4 translated, 0 removed, 1 left as they were for needing work)')

assert log.contains('Translations of orders: 5 texts in en; de 4 translated, 1 missing'), 'no stale one any more'
def bundle = new Properties()
new File(basedir, 'target/generated-resources/error-catalog/com/example/orders/OrdersErrorMessages_de.properties')
        .withInputStream { bundle.load(it) }
assert bundle.getProperty('OUT_OF_STOCK.message') == 'Einige Artikel sind ausverkauft.'
assert bundle.getProperty('OUT_OF_STOCK.title') == 'Nein: "ausverkauft" # leer'
assert bundle.getProperty('ORDER_NOT_FOUND.title') == 'Bestellung nicht gefunden'
assert bundle.getProperty('OUT_OF_STOCK.causes') == null, 'the causes fall back to English'

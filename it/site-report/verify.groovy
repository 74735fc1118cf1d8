// `mvn site` ran the docs goal as a report: Project Reports lists it, its page links the catalog's
// references, and they are in the site.
def site = new File(basedir, 'target/site')
def reports = new File(site, 'project-reports.html')
assert reports.isFile()
assert reports.getText('UTF-8').contains('<a href="error-catalog.html"')
def page = new File(site, 'error-catalog.html').getText('UTF-8')
assert page.contains('Shop API (shop)')
assert page.contains('href="error-catalog/shop/en.html"')
assert page.contains('href="error-catalog/shop/openapi.json"')
['en.html', 'fr.html', 'en.md', 'catalog.json', 'openapi.json'].each { name ->
    assert new File(site, "error-catalog/shop/${name}").isFile() : name
}
assert new File(site, 'error-catalog/shop/fr.html').getText('UTF-8').contains('<html lang="fr">')
// As a report too, the goal looks for the baseline: 1.0 has no release before it, so its errors are first released in it.
assert new File(site, 'error-catalog/shop/en.html').getText('UTF-8').contains('<dt>First released in</dt><dd>1.0</dd>')

// The bundled catalogs compiled, their documented facts held in the project's tests, the library was built, and
// their error reference was written.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Error catalogs: 5 catalog\(s\), \d+ error\(s\), 5 locale\(s\)/
assert log =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0/
assert new File(basedir, 'target/error-catalog-bundled-apis-' + projectVersion + '.jar').isFile()
def sources = new File(basedir, 'target/generated-sources/error-catalog')
// The five catalogs share one runtime, in the package the pom names.
assert new File(sources, 'io/errorcatalog/apis/runtime/ErrorCatalog.java').isFile()
assert !new File(sources, 'io/errorcatalog/errorcatalog').exists()
println "Bundled catalogs compiled: Java sources in ${sources.canonicalPath}"
println "  message bundles in ${new File(basedir, 'target/generated-resources/error-catalog').canonicalPath}"
println "  library jar: ${new File(basedir, 'target/error-catalog-bundled-apis-' + projectVersion + '.jar').canonicalPath}"
def docs = new File(basedir, 'target/error-catalog-docs')
assert log =~ /\[INFO\] Error reference: 5 catalog\(s\): 61 file\(s\)/
['experience-platform', 'edge-network', 'api-error-faq', 'classifications', 'platform-management'].each { id ->
    ['en', 'de', 'fr', 'es', 'ja'].each { locale ->
        assert new File(docs, "${id}/${locale}.html").isFile()
        assert new File(docs, "${id}/${locale}.md").isFile()
    }
    assert new File(docs, "${id}/catalog.json").isFile()
    assert new File(docs, "${id}/openapi.json").isFile()
}
println "  error reference in ${docs.canonicalPath}: open ${new File(docs, 'index.html').canonicalPath}"
println "    per catalog <id>/<locale>.html and <id>/<locale>.md, <id>/catalog.json, <id>/openapi.json (OpenAPI 3.1 components)"

// The attached -cli jar, fetched by its classifier, run with `java -jar` alone from a clean directory (no
// Maven, no project): it generates compilable code, fails a broken catalog with exit code 1 and each problem
// at its file:line:column, explains an error, and says what is wrong with a wrong command line (exit code 2).
import java.nio.file.Files
import java.util.jar.JarFile
import java.util.concurrent.TimeUnit

def jar = new File(basedir, 'target/tool/error-catalog-cli.jar')
assert jar.isFile() : 'the -cli jar is attached to the plugin and installed beside it'
def entries = new JarFile(jar).withCloseable { it.entries().collect { it.name } }
assert entries.contains('io/errorcatalog/cli/Cli.class')
assert !entries.any { it.startsWith('org/apache/maven/') || it.startsWith('org/codehaus/') || it.startsWith('io/errorcatalog/maven/') } :
        'no Maven class in the command line'

def work = new File(basedir, 'target/work')
work.deleteDir()
new File(work, 'src/main/error-catalog').mkdirs()
new File(work, 'broken').mkdirs()
Files.copy(new File(basedir, 'catalogs/shop.yaml').toPath(), new File(work, 'src/main/error-catalog/shop.yaml').toPath())
Files.copy(new File(basedir, 'broken/shop.yaml').toPath(), new File(work, 'broken/shop.yaml').toPath())

def java = new File(System.getProperty('java.home'), 'bin/java').path
def run = { String... args ->
    def process = new ProcessBuilder([java, '-jar', jar.path] + args.toList()).directory(work).start()
    def out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream()
    def threads = [process.consumeProcessOutputStream(out), process.consumeProcessErrorStream(err)]
    assert process.waitFor(120, TimeUnit.SECONDS) : "java -jar ... ${args.join(' ')} ran for 2 minutes"
    threads*.join()
    [code: process.exitValue(), out: out.toString('UTF-8'), err: err.toString('UTF-8')]
}

// generate, with the goal's defaults under the working directory
def generate = run('generate', '--runtime-package', 'com.example.shop.errorcatalog', '--generated-annotation', 'java8')
assert generate.code == 0 : generate.err
assert generate.out ==~ /Error catalogs: 1 catalog\(s\), 3 error\(s\), 2 locale\(s\): (\d+) file\(s\), \1 written, 0 unchanged, 0 removed, in \d+ ms -> target\/generated-sources\/error-catalog, target\/generated-resources\/error-catalog\nTranslations of shop: 6 texts in en; fr 6 translated\n/
def sources = new File(work, 'target/generated-sources/error-catalog')
assert new File(sources, 'com/example/shop/ShopError.java').isFile()
assert new File(work, 'target/generated-resources/error-catalog/com/example/shop/ShopErrorMessages_fr.properties').isFile()
def javaFiles = []
sources.eachFileRecurse { if (it.name.endsWith('.java')) javaFiles << it.path }
def classes = new File(work, 'target/classes')
classes.mkdirs()
def javac = javax.tools.ToolProvider.systemJavaCompiler
assert javac.run(null, null, null, *(['--release', '8', '-Xlint:all', '-Werror', '-d', classes.path] + javaFiles)) == 0 :
        'the generated code and its runtime compile without Maven'
def again = run('generate', '--runtime-package', 'com.example.shop.errorcatalog', '--generated-annotation', 'java8')
assert again.code == 0 && again.out.startsWith('Error catalogs: 1 catalog file(s) up to date: nothing read or written') : again

// check, on a broken catalog
def check = run('check', '--catalog-directory', 'broken')
assert check.code == 1 : check
assert check.out == ''
assert check.err == '''2 problem(s) in the error catalogs under broken:
broken/shop.yaml:31:13: [invalid-status] 'status' of error OUT_OF_STOCK is '4090'; an HTTP status is a number from 100 to 599 (or null if the API documents none)
broken/shop.yaml:35:5: [unknown-key] unknown key 'mesage' in error OUT_OF_STOCK; did you mean 'message'?
'''
assert run('check').out ==~ /Error catalogs: 1 catalog\(s\), 3 error\(s\): no problems, in \d+ ms \(src\/main\/error-catalog\)\nTranslations of shop: 6 texts in en; fr 6 translated\n/

// explain, by code and in a locale; an unknown code
def explain = run('explain', 'quantity_too_high', '--locale', 'fr')
assert explain.code == 0 : explain.err
assert explain.out.startsWith('QUANTITY_TOO_HIGH (code quantity_too_high) in Shop API, shop.yaml:19:3\n')
assert explain.out.endsWith('\nVous pouvez commander au plus {max: int} exemplaires de « {item: string} ».\n'
        + '\nParameters:\n  {item} (string)\n  {max} (int)\n') : explain.out
def unknown = run('explain', 'quantity_to_high')
assert unknown.code == 3 && unknown.err.contains("did you mean quantity_too_high?") : unknown

// the error reference, each format of it
def docs = run('docs', '--docs-version', '2.1')
assert docs.code == 0 && docs.out.startsWith('Error reference: ') : docs
['index.html', 'shop/en.html', 'shop/fr.md', 'shop/catalog.json', 'shop/openapi.json'].each {
    assert new File(work, "target/error-catalog-docs/${it}").isFile() : it
}
assert new File(work, 'target/error-catalog-docs/shop/en.html').text.contains('2.1')

// a wrong command line, help and version
def usage = run('generate')
assert usage.code == 2 && usage.err == "error-catalog: Missing required option: '--runtime-package=<package>'\nTry 'error-catalog generate --help' for more information.\n" : usage
def help = run('--help')
assert help.code == 0 && help.out.contains('Exit codes:') && help.out.contains('  explain ') : help
assert run('--version').out == "error-catalog ${projectVersion}\n"

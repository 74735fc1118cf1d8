// Error Prone, every check at its default severity and warnings as errors, found nothing in the generated
// code of the bundled catalogs, for release 8 and (with the Spring adapter) for release 17; the one
// finding of the log is the Canary's, which shows that Error Prone ran in both builds.
def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 2
assert log =~ /Compiling \d+ source files with javac \[debug release 8\] to target\/classes/
assert log =~ /Compiling \d+ source files with javac \[debug release 17\] to target\/classes/
def findings = log.findAll(/(?m)^\[(?:WARNING|ERROR)\] (\S+\.java):\[\d+,\d+\] \[(\w+)\].*$/)
def canary = { it.contains('/src/test/java/io/errorcatalog/it/Canary.java:[5,') && it.contains('] [MissingOverride] ') }
def others = findings.findAll { !canary(it) }
assert others.isEmpty() : "Error Prone findings in generated code:\n" + others.join('\n')
assert findings.size() == 2 : "the Canary's finding, once per build: ${findings}"
// The second build compiled the runtime, both adapters and the catalogs.
def classes = new File(basedir, 'target/classes')
['io/errorcatalog/it/errorcatalog/ErrorCatalog.class', 'io/errorcatalog/it/errorcatalog/CatalogJacksonModule.class',
 'io/errorcatalog/it/errorcatalog/CatalogSpringProblems.class',
 'io/errorcatalog/apis/management/PlatformManagementError.class'].each {
    assert new File(classes, it).isFile() : it
}
println "Error Prone found nothing in the generated sources: ${new File(basedir, 'target/generated-sources/error-catalog').canonicalPath}"

// The newest JDK's javac (-Xlint:all) and javadoc (-Xdoclint:all), warnings as errors, and where it runs
// Error Prone, found nothing in the generated code of the bundled catalogs, for release 8 and (with the
// Spring adapter) for release 17.
def log = new File(basedir, 'build.log').text
def jdk = (log =~ /\[newest-jdk\] compiling and documenting with (\S+) \(Java ([^)]+)\)/)[0]
assert log.count('BUILD SUCCESS') == 2
assert log =~ /Compiling \d+ source files with javac \[forked debug release 8\] to target\/classes/
assert log =~ /Compiling \d+ source files with javac \[forked debug release 17\] to target\/classes/
// Both builds documented the generated sources with that JDK's javadoc, without a warning.
assert log.count('maven-javadoc-plugin:3.12.0:javadoc-no-fork (doclint)') == 2
def apidocs = new File(basedir, 'target/reports/apidocs')
assert new File(apidocs, 'io/errorcatalog/it/errorcatalog/CatalogSpringProblems.html').isFile()
assert new File(apidocs, 'io/errorcatalog/apis/management/PlatformManagementError.html').isFile()
def findings = log.findAll(/(?m)^\[(?:WARNING|ERROR)\] (\S+\.java):\[\d+,\d+\] .*$/)
def canary = { it.contains('/src/test/java/io/errorcatalog/it/Canary.java:[5,') && it.contains('] [MissingOverride] ') }
def others = findings.findAll { !canary(it) }
assert others.isEmpty() : "findings in generated code:\n" + others.join('\n')
if (log.contains('[newest-jdk] compiling and documenting with ' + jdk[1] + ' (Java ' + jdk[2] + '), with Error Prone')) {
    assert findings.size() == 2 : "the Canary's Error Prone finding, once per build: ${findings}"
}
println "Compiled and documented with ${jdk[1]} (Java ${jdk[2]}): nothing found"

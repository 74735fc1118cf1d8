// Finds the newest JDK on the machine and hands it to the build (-Dnewest.jdk in .mvn/maven.config, and
// -Derror-prone where it can run Error Prone); skips the build, saying why, where no JDK is newer than the
// one that runs Maven.
def feature = { String version ->
    def parts = version.tokenize('.-+_')
    parts[0] == '1' && parts.size() > 1 ? parts[1] as int : parts[0] as int
}
// A JDK's version from its release file (JAVA_VERSION="25.0.1"); null where it is no JDK with javac and javadoc.
def versionOf = { File home ->
    def release = new File(home, 'release')
    if (!release.isFile() || !new File(home, 'bin/javac').canExecute() || !new File(home, 'bin/javadoc').canExecute()) {
        return null
    }
    def line = release.readLines().find { it.startsWith('JAVA_VERSION=') }
    line == null ? null : line.substring('JAVA_VERSION='.length()).replace('"', '').trim()
}
def compare = { String a, String b ->
    def x = a.tokenize('.-+_').collect { it.isInteger() ? it as int : 0 }
    def y = b.tokenize('.-+_').collect { it.isInteger() ? it as int : 0 }
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        if (x[i] != y[i]) {
            return x[i] <=> y[i]
        }
    }
    x.size() <=> y.size()
}

// Where JDKs are installed: the usual directories, and every *JAVA*_HOME / *JDK*_HOME the environment names.
def candidates = [] as LinkedHashSet
['/usr/lib/jvm', '/usr/java', '/opt/java', '/Library/Java/JavaVirtualMachines',
 "${System.getProperty('user.home')}/.jdks", "${System.getProperty('user.home')}/.sdkman/candidates/java"].each { dir ->
    new File(dir).listFiles()?.each { candidates << it.canonicalFile; candidates << new File(it, 'Contents/Home').canonicalFile }
}
System.getenv().findAll { name, value -> name ==~ /(?i).*(JAVA|JDK).*_HOME/ }.each { name, value ->
    candidates << new File(value).canonicalFile
}
def jdks = candidates.collect { home -> [home: home, version: versionOf(home)] }.findAll { it.version != null }
def newest = jdks.max { a, b -> compare(a.version, b.version) }

def running = Runtime.version().feature()
if (newest == null || feature(newest.version) <= running) {
    def why = "[newest-jdk] SKIPPED: no JDK newer than Java ${running}, which runs Maven, among " +
            (jdks.collect { "${it.home} (${it.version})" }.join(', ') ?: 'none found') +
            "; install one under /usr/lib/jvm or name it in a JAVA<n>_HOME variable to run this check"
    println why
    // The invoker writes a script's System.out and System.err into build.log; the console gets this too.
    new PrintStream(new FileOutputStream(FileDescriptor.out), true, 'UTF-8').println("[WARNING] ${why}")
    return false
}
// Error Prone 2.43 and later run on Java 21 and later only.
def errorProne = feature(newest.version) >= 21
println "[newest-jdk] compiling and documenting with ${newest.home} (Java ${newest.version})" +
        (errorProne ? ', with Error Prone' : ', without Error Prone, which needs Java 21')
def config = new File(basedir, '.mvn/maven.config')
config.parentFile.mkdirs()
config.text = "-Dnewest.jdk=${newest.home}\n" + (errorProne ? '-Derror-prone\n' : '')
return true

// A serial build, a -T 4 build and a build on a Turkish JVM (another time zone, another file encoding)
// generate the same bytes, and every one of them compiled; a repeated build writes nothing.
def runs = ['serial', 'parallel', 'turkish']
def files = { File root -> def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it.bytes }
    found
}
['alpha', 'beta', 'gamma'].each { module ->
    def outputs = runs.collect { files(new File(basedir, "${module}/target/${it}")) }
    assert !outputs[0].isEmpty() : "${module} generated nothing"
    assert outputs[0].keySet().any { it.endsWith('.java') } && outputs[0].keySet().any { it.endsWith('.properties') }
    [1, 2].each { i ->
        assert outputs[i].keySet() == outputs[0].keySet() : "${module}: ${runs[i]} generated other files"
        outputs[0].each { name, bytes -> assert Arrays.equals(bytes, outputs[i][name]) : "${module}/${name} differs in the ${runs[i]} build" }
    }
}
def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 4
// The fourth build, of unchanged catalogs into the serial output, found each module up to date: it read
// no catalog and wrote nothing.
assert log.findAll(/Error catalogs: \d+ catalog file\(s\) up to date: nothing read or written/).size() == 3

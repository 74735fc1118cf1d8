// `mvn error-catalog:help -Ddetail -Dgoal=generate` describes the generate goal and each of its parameters:
// a description, its default, and the user property that sets it from the command line.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def start = log.indexOf('error-catalog:generate\n')
assert start >= 0 : 'the help lists the generate goal:\n' + log
def help = log.substring(start, log.indexOf('[INFO] ---', start)).readLines()
assert help[1].startsWith('  Compiles the project\'s YAML error catalogs into Java enums')

// Parameters are indented by four spaces; their default may wrap onto the next line, indented the same.
def parameters = [:]
def current = null
help.dropWhile { it != '  Available parameters:' }.drop(1).each { line ->
    def header = line =~ /^    (\w+)( \(Default:.*)?$/
    if (header) {
        current = header[0][1]
        parameters[current] = [header: line.trim(), body: []]
    } else if (line.startsWith('    ') && !line.startsWith('      ') && current) {
        parameters[current].header += ' ' + line.trim()
    } else if (line.startsWith('      ')) {
        parameters[current].body << line.trim()
    }
}
def text = { name -> parameters[name].body.join(' ') }

assert parameters.keySet().containsAll(['catalogDirectory', 'includes', 'excludes', 'outputDirectory',
        'resourceOutputDirectory', 'defaultPackage', 'templateDirectory', 'jacksonAdapter', 'springAdapter',
        'runtimePackage', 'generateRuntime', 'generatedAnnotation', 'pseudoLocale', 'skip']) : parameters.keySet()
// The internal ones are read-only, so the help leaves them out.
assert !parameters.containsKey('stateDirectory') && !parameters.containsKey('project')
parameters.each { name, parameter ->
    assert parameter.body.size() >= 2 : "${name} has a description"
    assert parameter.body.last() == "User property: error-catalog.${name}" : "${name}: ${parameter.body}"
}

// Its default is worked out from the groupId (com.my-company gives com.my_company), so the descriptor has none.
assert parameters.runtimePackage.header == 'runtimePackage'
assert text('runtimePackage').contains('By default the groupId\'s package, made a package name as the Java Language Specification advises (com.my-company becomes com.my_company), then .errorcatalog.')
assert text('runtimePackage').startsWith('The package of the runtime the generated code uses: its common types (CatalogError,')
assert parameters.catalogDirectory.header == 'catalogDirectory (Default: ${project.basedir}/src/main/error-catalog)'
assert text('catalogDirectory') == 'The directory that holds the catalogs. User property: error-catalog.catalogDirectory'
assert parameters.outputDirectory.header == 'outputDirectory (Default: ${project.build.directory}/generated-sources/error-catalog)'
assert parameters.skip.header == 'skip (Default: false)'

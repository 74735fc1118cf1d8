// Inside a named module the generated code reads its message bundles and its tests pass.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

// Each shape's body was written, parsed and decoded back to the same error and typed arguments.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0')

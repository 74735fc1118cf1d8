// Each shape's body was written, parsed and decoded back to the same error and typed arguments, and no
// body, message or toString of any shape had the sensitive value.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 7, Failures: 0, Errors: 0, Skipped: 0')

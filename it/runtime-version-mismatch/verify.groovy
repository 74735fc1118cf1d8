// The consumer's test saw the catalog refuse the other runtime, with the message that says what to do.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def runtime = new File(basedir, 'target/generated-sources/error-catalog/com/example/legacy/errorcatalog/RuntimeVersion.java').text
assert runtime.contains('public static final int MAJOR = 0;') : 'the IT changed the runtime it tests against'

// The replacement template was used for the exception, and the built-in one for the enum.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def sources = new File(basedir, 'target/generated-sources/error-catalog/com/example/notes')
assert new File(sources, 'NotesException.java').text.contains('public String toLogLine()')
assert new File(sources, 'NotesError.java').text.contains('public static NotesException noteLocked(String note)')

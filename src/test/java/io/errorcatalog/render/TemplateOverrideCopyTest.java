package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * it/template-override replaces the built-in exception template with a copy that adds one method. A copy
 * goes stale when the built-in template changes, as a user's would; this keeps the IT's copy current.
 * After an intended change of the template, run with {@code -Dgolden.update=true} to refresh it.
 */
class TemplateOverrideCopyTest {

    private static final Path BUILT_IN = Path.of("src/main/resources/io/errorcatalog/templates/exception.java.mustache");
    private static final Path COPY = Path.of("it/template-override/src/main/templates/exception.java.mustache");
    private static final String ANCHOR = "    @Override\n    public {{enumName}} getError() {";
    private static final String ADDITION = """
                /**
                 * Added by this project's own template: the code and the message, for logs.
                 *
                 * @return the line
                 */
                public String toLogLine() {
                    return getError().code() + ": " + getMessage();
                }

            """;

    @Test
    void theItsReplacementIsTheBuiltInTemplatePlusOneMethod() throws Exception {
        String builtIn = Files.readString(BUILT_IN);
        assertTrue(builtIn.contains(ANCHOR), "the built-in template no longer has the place the copy adds to");
        String expected = builtIn.replaceFirst(java.util.regex.Pattern.quote(ANCHOR),
                java.util.regex.Matcher.quoteReplacement(ADDITION + ANCHOR));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(COPY, expected);
        }
        assertEquals(expected, Files.readString(COPY), "refresh it/template-override with -Dgolden.update=true");
    }
}

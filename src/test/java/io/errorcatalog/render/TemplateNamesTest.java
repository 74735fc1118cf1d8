package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.errorcatalog.model.NameAllocator;

/**
 * The validator refuses catalog type names that would shadow a type the generated code uses; the list it
 * refuses must grow with the templates, so this reads the templates for the types they name.
 */
class TemplateNamesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/io/errorcatalog/templates");
    private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z][a-z][A-Za-z]*\\b");

    @Test
    void everyTypeTheTemplatesNameIsReservedForCatalogs() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            // The Java templates: the references' (HTML, Markdown) name no Java type.
            for (Path template : templates.filter(file -> file.toString().endsWith(".java.mustache")).toList()) {
                String text = Files.readString(template).replaceAll("(?s)\\{\\{!.*?}}", "");
                for (String line : text.split("\n")) {
                    String code = line.replaceAll("\\{\\{[^}]*}}", " ").replaceAll("\"([^\"\\\\]|\\\\.)*\"", " ");
                    if (code.trim().startsWith("*") || code.trim().startsWith("/*") || code.trim().startsWith("//")
                            || code.trim().startsWith("#")) {
                        continue;
                    }
                    Matcher type = TYPE_NAME.matcher(code.replaceAll("//.*", ""));
                    while (type.find()) {
                        named.add(type.group());
                    }
                }
            }
        }
        named.removeAll(NameAllocator.RESERVED_TYPES);
        assertEquals(Set.of(), named, "types the templates use that catalogs may still name their own");
    }
}

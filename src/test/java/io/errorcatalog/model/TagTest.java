package io.errorcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.errorcatalog.testing.ReadmeTables;

/** The registry of tags, the README's table of them, and the code that reports them agree. */
class TagTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void readmeTableListsEveryTagInRegistryOrderWithItsMeaningAndFix() throws IOException {
        ReadmeTables.assertRows("### Diagnostics", Arrays.stream(Tag.values())
                .map(tag -> "| `" + tag.id() + "` | " + tag.meaning() + " | " + tag.fix() + " |").toList(), "Tag.values()");
    }

    @Test
    void idsAreUniqueLowerCaseWordsAndTextsFitInATableCell() {
        assertEquals(Tag.values().length, Arrays.stream(Tag.values()).map(Tag::id).distinct().count());
        for (Tag tag : Tag.values()) {
            assertTrue(tag.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), tag.id());
            assertEquals(tag.name(), tag.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
                    "the constant is named after its id");
            for (String text : List.of(tag.meaning(), tag.fix())) {
                assertTrue(!text.contains("|") && !text.contains("\n") && text.endsWith("."), tag + ": " + text);
            }
        }
    }

    /** Producers use the constants; a tag spelt as a string literal would escape the registry. */
    @Test
    void noMainSourceButTheRegistrySpellsATagAsAStringLiteral() throws IOException {
        Path registry = MAIN_SOURCES.resolve("io/errorcatalog/model/Tag.java");
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                if (file.equals(registry)) {
                    continue;
                }
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Tag tag : Tag.values()) {
                    assertTrue(!source.contains("\"" + tag.id() + "\""),
                            file + " spells the tag \"" + tag.id() + "\"; use Tag." + tag.name());
                }
            }
        }
    }
}

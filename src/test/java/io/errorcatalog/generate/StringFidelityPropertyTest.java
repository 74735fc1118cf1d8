package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.model.NameAllocator;
import io.errorcatalog.runtime.CatalogError;
import io.errorcatalog.runtime.ErrorCatalog;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;

/**
 * Random catalogs full of hostile text (quotes, backslashes, comment ends, {@code \}{@code u} sequences,
 * braces, apostrophes, properties syntax, line separators, emoji, right-to-left text, template syntax)
 * are generated on a Turkish machine, compiled with {@code -Werror}, loaded, and every string is compared
 * with what went in. Seeded: a failure prints its seed; replay with {@code -Dproperty.seed=N}.
 */
class StringFidelityPropertyTest {

    private static final int CATALOGS = 250;
    private static final long CI_SEED = 20_261_122L;
    private static final int ERRORS_PER_CATALOG = 8;
    private static final List<String> LOCALES = List.of("en", "tr", "ar");

    /** Names whose factory method would be a keyword or an enum method, or whose enum name is tricky. */
    private static final List<String> TRICKY_CONSTANTS = List.of("DEFAULT", "CLASS", "NEW", "VALUES", "VALUE_OF",
            "WAIT", "CODE", "MESSAGE", "EXCEPTION", "NAME", "ORDINAL", "TO_STRING", "GET_CLASS", "HASH_CODE",
            "BY_CODE_", "TRUE", "NULL", "I", "X1", "TOO__LONG", "TOO_LONG_");

    private static final String[] FRAGMENTS = {"\"", "\\", "*/", "/*", "\\u000a", "\\u002a/", "\\u", "\\\\u0022",
        "{", "}", "{{", "}}", "'", "''", "#", "!", "=", ":", " ", "  ", "\t", "\n", "\r\n", "\r", "\u2028",
        "\u2029", "\u0085", "\u0000", "\u007f", "\u00a0", "\ufeff", "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udcbb",
        "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u202e", "{{mustache}}", "{{{triple}}}",
        "${expression}", "#{el}", "%s", "%n", "@Override", "{@code x}", "<b>", "&amp;", "<!--", "</code>",
        "\u0130", "\u0131", "i", "I", "\\n", "\\t", "'{0}'", "{0}", "{0,number}", "\"+\"", "\");}",
        "*/ class Injected {} /*"};

    @TempDir
    Path work;

    @Test
    void everyStringSurvivesGenerationExactly() throws Exception {
        // A new seed on each developer run explores; CI (CI set) replays one, so a red build is never luck.
        long seed = Long.getLong("property.seed", System.getenv("CI") != null ? CI_SEED : System.nanoTime());
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            run(seed);
        } catch (Throwable e) {
            throw new AssertionError("failed with -Dproperty.seed=" + seed + ": " + e, e);
        } finally {
            Locale.setDefault(saved);
        }
    }

    private record Error(String name, String code, List<String> params, List<String> titles,
            List<List<String>> literals, List<List<String>> causes) {}

    private void run(long seed) throws Exception {
        Random random = new Random(seed);
        Path catalogs = work.resolve("catalogs");
        Files.createDirectories(catalogs);
        List<List<Error>> all = new ArrayList<>();
        for (int c = 0; c < CATALOGS; c++) {
            List<Error> errors = randomErrors(random);
            all.add(errors);
            Files.writeString(catalogs.resolve("c" + c + ".yaml"), yaml(c, errors), StandardCharsets.UTF_8);
        }
        Catalogs.generate(catalogs, work.resolve("out"));
        JavaCompilation.assertJavadocIsClean(work.resolve("out/java"), work.resolve("javadoc"));
        try (URLClassLoader loader = JavaCompilation.compileAndLoad(work.resolve("out/java"),
                work.resolve("out/resources"), work.resolve("classes"))) {
            for (int c = 0; c < CATALOGS; c++) {
                check(loader.loadClass("gen.c" + c + ".C" + c + "Error"), all.get(c), random);
            }
        }
    }

    private static List<Error> randomErrors(Random random) {
        List<Error> errors = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        while (errors.size() < ERRORS_PER_CATALOG) {
            String name = random.nextInt(3) == 0 ? TRICKY_CONSTANTS.get(random.nextInt(TRICKY_CONSTANTS.size()))
                    : "E" + random.nextInt(100_000);
            String code = randomText(random, 1 + random.nextInt(4));
            // A blank code is a mistake the validator reports (empty-code).
            if (code.isBlank() || !names.add(name) || !codes.add(code)) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                params.add("p" + params.size());
            }
            List<String> titles = new ArrayList<>();
            List<List<String>> literals = new ArrayList<>();
            List<List<String>> causes = new ArrayList<>();
            for (int l = 0; l < LOCALES.size(); l++) {
                titles.add(nonBlankText(random, 5));
                List<String> pieces = new ArrayList<>();
                for (int p = 0; p <= params.size(); p++) {
                    // A message of no parameter is its one piece of text, which must not be blank.
                    pieces.add(params.isEmpty() ? nonBlankText(random, 3) : randomText(random, random.nextInt(4)));
                }
                literals.add(pieces);
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    items.add(nonBlankText(random, 3));
                }
                causes.add(items);
            }
            errors.add(new Error(name, code, params, titles, literals, causes));
        }
        return errors;
    }

    /** A text of 1 to {@code most} pieces that is not blank: a blank text is a mistake the validator reports. */
    private static String nonBlankText(Random random, int most) {
        String text;
        do {
            text = randomText(random, 1 + random.nextInt(most));
        } while (text.isBlank());
        return text;
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (random.nextBoolean()) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else {
                int codePoint;
                do {
                    codePoint = random.nextInt(4) == 0 ? 0x10000 + random.nextInt(0x1000) : random.nextInt(0x3000);
                } while (Character.getType(codePoint) == Character.SURROGATE);
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    /** A message template whose literal pieces are {@code literals}, with {@code params} between them. */
    private static String template(List<String> literals, List<String> params) {
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < literals.size(); i++) {
            template.append(literals.get(i).replace("{", "{{").replace("}", "}}"));
            if (i < params.size()) {
                template.append('{').append(params.get(i)).append('}');
            }
        }
        return template.toString();
    }

    private static String yaml(int index, List<Error> errors) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("id: c").append(index).append('\n');
        yaml.append("title: ").append(quoted(randomTitle(index))).append('\n');
        yaml.append("description: ").append(quoted("*/ \\u000a \" {@code} <p> " + index)).append('\n');
        yaml.append("package: gen.c").append(index).append('\n');
        yaml.append("enum: C").append(index).append("Error\n");
        yaml.append("locales: [").append(String.join(", ", LOCALES)).append("]\n");
        yaml.append("errors:\n");
        for (Error error : errors) {
            yaml.append("  ").append(error.name()).append(":\n");
            yaml.append("    code: ").append(quoted(error.code())).append('\n');
            yaml.append("    status: 4").append(String.format("%02d", Math.abs(error.code().hashCode() % 100))).append('\n');
            if (!error.params().isEmpty()) {
                yaml.append("    params: {").append(error.params().stream().map(p -> p + ": string")
                        .collect(Collectors.joining(", "))).append("}\n");
            }
            yaml.append("    title:\n");
            for (int l = 0; l < LOCALES.size(); l++) {
                yaml.append("      ").append(LOCALES.get(l)).append(": ").append(quoted(error.titles().get(l))).append('\n');
            }
            yaml.append("    message:\n");
            for (int l = 0; l < LOCALES.size(); l++) {
                yaml.append("      ").append(LOCALES.get(l)).append(": ")
                        .append(quoted(template(error.literals().get(l), error.params()))).append('\n');
            }
            if (error.causes().stream().allMatch(items -> !items.isEmpty())) {
                yaml.append("    causes:\n");
                for (int l = 0; l < LOCALES.size(); l++) {
                    yaml.append("      ").append(LOCALES.get(l)).append(": [").append(error.causes().get(l).stream()
                            .map(StringFidelityPropertyTest::quoted).collect(Collectors.joining(", "))).append("]\n");
                }
            }
        }
        return yaml.toString();
    }

    private static String randomTitle(int index) {
        return "API \"" + index + "\" */ <b>&</b> \\u002a/ ${x} {{y}}";
    }

    /** A YAML double-quoted scalar: every character outside printable ASCII as an escape. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp >= 0x20 && cp < 0x7f) {
                out.appendCodePoint(cp);
            } else if (cp > 0xffff) {
                out.append(String.format("\\U%08x", cp));
            } else {
                out.append(String.format("\\u%04x", cp));
            }
        });
        return out.append('"').toString();
    }

    private static void check(Class<?> type, List<Error> errors, Random random) throws Exception {
        ErrorCatalog<?, ?> catalog = (ErrorCatalog<?, ?>) type.getField("CATALOG").get(null);
        List<? extends CatalogError> constants = catalog.errors();
        assertEquals(errors.size() + 1, constants.size(), "the catalog's errors and UNKNOWN");
        for (int i = 0; i < errors.size(); i++) {
            Error error = errors.get(i);
            CatalogError constant = constants.get(i);
            assertEquals(error.name(), constant.name());
            assertEquals(error.code(), constant.code());
            assertEquals(Optional.of(constant), catalog.byCode(error.code()));
            for (int l = 0; l < LOCALES.size(); l++) {
                Locale locale = Locale.forLanguageTag(LOCALES.get(l));
                assertEquals(error.titles().get(l), constant.title(locale), error.name() + " title " + locale);
                Object[] arguments = new Object[error.params().size()];
                StringBuilder expected = new StringBuilder();
                for (int p = 0; p <= arguments.length; p++) {
                    expected.append(error.literals().get(l).get(p));
                    if (p < arguments.length) {
                        arguments[p] = randomText(random, 2);
                        expected.append(arguments[p]);
                    }
                }
                assertEquals(expected.toString(), constant.message(locale, arguments), error.name() + " message " + locale);
                List<String> causes = error.causes().stream().allMatch(items -> !items.isEmpty())
                        ? error.causes().get(l) : List.of();
                assertEquals(causes, constant.causes(locale));
            }
        }
        Set<String> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(method -> java.lang.reflect.Modifier.isPublic(method.getModifiers()))
                .map(Method::getName).collect(Collectors.toSet());
        methods.removeAll(NameAllocator.ENUM_MEMBERS);
        assertEquals(errors.size(), methods.size(), "only one typed factory per error besides the enum's own API: "
                + methods);
        assertTrue(methods.stream().allMatch(name -> Character.isLowerCase(name.charAt(0))));
    }
}

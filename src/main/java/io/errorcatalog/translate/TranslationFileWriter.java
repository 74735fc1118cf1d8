package io.errorcatalog.translate;

import java.util.List;
import java.util.Map;

import io.errorcatalog.translate.TextKey.Field;

/**
 * Writes a file of translations ({@code translationOf}) that the catalog loader reads back as written: every
 * text double-quoted with YAML's escapes, so quotes, {@code #}, {@code ": "}, leading spaces, line breaks, YAML
 * 1.1's booleans ({@code no}) and the line breaks YAML 1.1 reads where editors show none all stay text; each text
 * on a line of its own, which the loader's line limit allows for any text it allows.
 */
final class TranslationFileWriter {

    private TranslationFileWriter() {}

    /**
     * A translation of a text (one value) or of a list (its items), and the hash of the default-locale text it
     * was made from, or null where none is recorded.
     */
    record Translation(List<String> value, String source) {

        Translation {
            value = List.copyOf(value);
        }
    }

    /**
     * @param catalogFile the catalog's file, for the header
     * @param errors each error's translations, in the order to write them
     */
    static String write(String catalogId, String catalogFile, String locale,
            Map<String, Map<Field, Translation>> errors) {
        StringBuilder yaml = new StringBuilder()
                .append("# The ").append(locale).append(" translations of catalog ").append(catalogId).append(" (")
                .append(catalogFile).append("), as error-catalog:import-translations writes them.\n")
                .append("# Translators edit the XLIFF file export-translations writes; the next import rewrites this file.\n")
                .append("translationOf: ").append(quoted(catalogId)).append('\n')
                .append("locale: ").append(quoted(locale)).append('\n')
                .append("errors:");
        if (errors.isEmpty()) {
            return yaml.append(" {}\n").toString();
        }
        yaml.append('\n');
        errors.forEach((error, texts) -> {
            yaml.append("  ").append(error).append(":\n");
            texts.forEach((field, translation) -> {
                yaml.append("    ").append(field.key()).append(':');
                if (!field.isList()) {
                    String text = quoted(translation.value().get(0));
                    yaml.append(' ').append(translation.source() == null ? text
                            : "{text: " + text + ", source: " + quoted(translation.source()) + "}").append('\n');
                    return;
                }
                yaml.append('\n');
                String indent = "      ";
                if (translation.source() != null) {
                    yaml.append(indent).append("source: ").append(quoted(translation.source())).append('\n')
                            .append(indent).append("items:\n");
                    indent += "  ";
                }
                for (String item : translation.value()) {
                    yaml.append(indent).append("- ").append(quoted(item)).append('\n');
                }
            });
        });
        return yaml.toString();
    }

    /** A YAML double-quoted scalar; everything YAML 1.1 does not print as itself is an escape. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (ch < 0x20 || ch >= 0x7F && ch <= 0x9F) {
                        out.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) ch));
                    } else if (ch == '\uFEFF' || ch == '\uFFFE' || ch == '\uFFFF' || isLoneSurrogate(text, i)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A surrogate that is not half of a pair: UTF-8 cannot hold it, an escape can. */
    private static boolean isLoneSurrogate(String text, int i) {
        char ch = text.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}

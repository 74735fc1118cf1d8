package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.List;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.ResolvedCatalog.ResolvedGroup;

/** The Javadoc of the generated types, each line escaped and starting with the space after {@code *}. */
final class Javadocs {

    private Javadocs() {}

    static List<String> enumType(ResolvedCatalog catalog) {
        List<String> lines = new ArrayList<>();
        lines.add(" Errors of " + Escapes.javadoc(catalog.catalog().title()) + ".");
        if (catalog.catalog().description() != null) {
            lines.add(" <p>" + Escapes.javadoc(catalog.catalog().description()));
        }
        lines.add(" <p>Messages are in " + Escapes.javadoc(String.join(", ", catalog.catalog().localeTags()))
                + "; " + Escapes.javadoc(catalog.catalog().defaultLocale()) + " is the default and the fallback.");
        lines.add(" <p>Generated from " + Escapes.javadoc(catalog.catalog().file()) + ".");
        return lines;
    }

    static List<String> part(ResolvedCatalog catalog, ResolvedCatalog.Part part) {
        return List.of(" Errors " + (part.first() + 1) + " to " + (part.first() + part.errors().size()) + " of "
                + Escapes.javadoc(catalog.catalog().title()) + ", one part of the catalog {@link " + catalog.enumName()
                + "}, which is too large for one enum.");
    }

    static List<String> exception(ResolvedCatalog catalog) {
        return List.of(" An error of " + Escapes.javadoc(catalog.catalog().title()) + ", as an exception: it"
                + " carries the {@link " + catalog.enumName() + "} constant, its arguments and its HTTP status.");
    }

    static List<String> group(ResolvedCatalog catalog, ResolvedGroup group) {
        List<String> lines = new ArrayList<>();
        lines.add(" The errors of " + Escapes.javadoc(catalog.catalog().title()) + " in group <i>"
                + Escapes.javadoc(group.group().id()) + "</i>.");
        if (group.group().description() != null) {
            lines.add(" <p>" + Escapes.javadoc(group.group().description()));
        }
        return lines;
    }

    /** @param since the error's first release, or null where not known */
    static List<String> constant(ResolvedCatalog catalog, ErrorEntry error, String since) {
        String locale = catalog.catalog().defaultLocale();
        List<String> lines = new ArrayList<>();
        String title = error.title().isEmpty() ? null : Escapes.javadoc(error.title().get(locale));
        // javadoc refuses an element with only white space in it, so such a title or code goes without one.
        lines.add(title == null ? " (no title)" : title.isBlank() ? " (a blank title)" : " <b>" + title + "</b>");
        String code = error.code().value() == null ? "none (the API sends no code)"
                : Escapes.javadoc(error.code().value());
        code = error.code().value() == null ? code : code.isBlank() ? "&quot;" + code + "&quot;" : "<code>" + code + "</code>";
        String status = error.status().value() == null ? "undocumented" : error.status().value().toString();
        StringBuilder aliases = new StringBuilder();
        for (Located<String> alias : error.aliases()) {
            aliases.append(aliases.isEmpty() ? " (also " : ", ").append("<code>").append(Escapes.javadoc(alias.value()))
                    .append("</code>");
        }
        if (!aliases.isEmpty()) {
            aliases.append(')');
        }
        lines.add(" <p>Code: " + code + aliases + ". HTTP status: " + status
                + ". Severity: " + error.severity().keyword() + ". Retry: " + error.retry().keyword() + ".");
        lines.add(" <p>Message: " + Escapes.javadoc(error.message().get(locale)));
        addList(lines, "Possible causes:", error.causes().get(locale));
        addList(lines, "Advised solutions:", error.solutions().get(locale));
        String url = catalog.documentationUrl(error);
        if (url != null) {
            lines.add(" @see <a href=\"" + Escapes.javadocHref(url) + "\">Documentation</a>");
        }
        if (since != null) {
            lines.add(" @since " + Escapes.javadoc(since));
        }
        if (error.isDeprecated()) {
            lines.add(deprecated(error));
        }
        return lines;
    }

    /**
     * The {@code @deprecated} line of a deprecated error's constant, which its factory repeats: why, and what
     * instead where the catalog says.
     */
    static String deprecated(ErrorEntry error) {
        if (error.removed() != null) {
            // A tombstone: the API no longer sends it; the constant stays for the code that names it.
            return " @deprecated Removed in " + Escapes.javadoc(error.removed().version().value())
                    + " (the API no longer sends it; decoding still recognises its code): "
                    + Escapes.javadoc(error.removed().reason());
        }
        return " @deprecated " + (error.deprecation().isEmpty() ? "This error is deprecated."
                : Escapes.javadoc(error.deprecation()));
    }

    private static void addList(List<String> lines, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        lines.add(" <p>" + heading);
        lines.add(" <ul>");
        items.forEach(item -> lines.add(" <li>" + Escapes.javadoc(item) + "</li>"));
        lines.add(" </ul>");
    }
}

package io.errorcatalog.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;

/**
 * The catalog's {@code docs} is an absolute http or https URL; an error's {@code docs} is one too, or a
 * relative reference, with the catalog's to resolve against. Nothing else is a documentation link: a
 * {@code javascript:} URL would reach Javadoc (which refuses it) and every caller of {@code documentationUrl()}.
 */
final class DocsUrlRules implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        if (catalog.docsBase() != null) {
            SourceLocation at = catalog.docsBase().location();
            try {
                URI base = new URI(catalog.docsBase().value());
                if (!base.isAbsolute()) {
                    out.accept(new Diagnostic(at, Tag.INVALID_URL, "'docs' of the catalog must be an absolute URL"
                            + " such as https://example.com/errors, not '" + catalog.docsBase().value() + "'"));
                } else if (!isWebLink(base)) {
                    out.accept(new Diagnostic(at, Tag.INVALID_URL, notAWebLink("'docs' of the catalog", base)));
                }
            } catch (URISyntaxException e) {
                out.accept(new Diagnostic(at, Tag.INVALID_URL, "'docs' of the catalog is not a URL: "
                        + e.getMessage()));
            }
        }
        for (ErrorEntry error : catalog.errors()) {
            if (error.docs() != null) {
                checkDocs(catalog, error, out);
            }
        }
    }

    private static void checkDocs(Catalog catalog, ErrorEntry error, Consumer<Diagnostic> out) {
        String what = "error " + error.name();
        SourceLocation at = error.docs().location();
        try {
            URI docs = new URI(error.docs().value());
            if (docs.isAbsolute() && !isWebLink(docs)) {
                out.accept(new Diagnostic(at, Tag.INVALID_URL, notAWebLink("'docs' of " + what, docs)));
            } else if (!docs.isAbsolute() && catalog.docsBase() == null) {
                out.accept(new Diagnostic(at, Tag.INVALID_URL, "'docs' of " + what + " is the relative reference '"
                        + error.docs().value() + "', but the catalog has no 'docs' base URL to resolve it against;"
                        + " add one or write an absolute URL"));
            }
        } catch (URISyntaxException e) {
            out.accept(new Diagnostic(at, Tag.INVALID_URL, "'docs' of " + what + " is not a URL: " + e.getMessage()));
        }
    }

    private static boolean isWebLink(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null;
    }

    private static String notAWebLink(String what, URI uri) {
        return what + " is a " + uri.getScheme() + ": URL; documentation links are http or https URLs with a host"
                + " (or references relative to the catalog's docs), such as https://example.com/errors#not_found";
    }
}

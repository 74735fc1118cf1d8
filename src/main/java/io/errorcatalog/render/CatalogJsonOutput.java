package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.WireFormat;
import io.errorcatalog.render.DocumentedCatalog.Entry;
import io.errorcatalog.write.GeneratedFile;

/**
 * Each catalog as JSON, for tools: its facts, every error with its texts in each locale the catalog has them in
 * (a locale without a text falls back as {@code defaultLocale} says), its anchor, links and an example body.
 */
final class CatalogJsonOutput extends DocumentedCatalogOutput {

    /** The version of this export's layout; a change that could break a reader raises it. */
    static final int EXPORT_FORMAT = 1;

    /** @param version the version the export documents, or null */
    CatalogJsonOutput(String version) {
        super(version);
    }

    @Override
    List<GeneratedFile> render(DocumentedCatalog documented, RenderContext run) {
        ResolvedCatalog resolved = documented.catalog();
        Catalog catalog = resolved.catalog();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exportFormat", EXPORT_FORMAT);
        root.put("generator", RenderContext.GENERATOR);
        root.put("file", catalog.file());
        root.put("id", catalog.id().value());
        root.put("title", catalog.title());
        root.put("description", catalog.description());
        root.put("version", version);
        root.put("locales", catalog.localeTags());
        root.put("defaultLocale", catalog.defaultLocale());
        root.put("docs", catalog.docsBase() == null ? null : catalog.docsBase().value());
        root.put("extends", catalog.extendsId() == null ? null : catalog.extendsId().value());
        root.put("package", resolved.javaPackage());
        root.put("enum", resolved.qualified(resolved.enumName()));
        root.put("exception", resolved.qualified(resolved.exceptionName()));
        root.put("wire", wire(catalog.wire()));
        List<Object> groups = new ArrayList<>();
        for (ResolvedCatalog.ResolvedGroup group : resolved.groups()) {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("id", group.group().id());
            each.put("exception", resolved.qualified(group.exceptionName()));
            each.put("description", group.group().description());
            groups.add(each);
        }
        root.put("groups", groups);
        List<Object> errors = new ArrayList<>();
        for (Entry entry : documented.entries()) {
            errors.add(error(documented, entry));
        }
        root.put("errors", errors);
        return List.of(new GeneratedFile(GeneratedFile.Kind.DOCUMENT, DocsFormat.JSON.path(catalog.id().value(), null),
                Json.write(root) + "\n", catalog.file()));
    }

    private static Map<String, Object> error(DocumentedCatalog documented, Entry entry) {
        ErrorEntry error = entry.error();
        List<String> locales = documented.locales();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", error.name());
        out.put("code", error.code().value());
        out.put("aliases", entry.aliases());
        out.put("status", error.status().value());
        Map<String, Object> grpc = new LinkedHashMap<>();
        grpc.put("name", error.grpcStatus().name());
        grpc.put("number", error.grpcStatus().number());
        out.put("grpc", grpc);
        out.put("severity", error.severity().keyword());
        out.put("retry", error.retry().keyword());
        out.put("group", error.group() == null ? null : error.group().value());
        out.put("constant", entry.constant());
        out.put("exception", entry.exceptionName());
        out.put("deprecated", error.deprecation());
        out.put("inheritedFrom", entry.declaredIn() == null ? null : entry.declaredIn().id().value());
        out.put("since", entry.since());
        out.put("documentationUrl", entry.documentationUrl());
        out.put("anchor", entry.anchor());
        List<Object> params = new ArrayList<>();
        for (Parameter param : error.params()) {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("name", param.name());
            each.put("type", param.type().keyword());
            params.add(each);
        }
        out.put("params", params);
        out.put("title", texts(error.title(), locales));
        out.put("message", texts(error.message(), locales));
        out.put("causes", lists(error.causes(), locales));
        out.put("solutions", lists(error.solutions(), locales));
        Map<String, Object> wire = wire(error.wire());
        if (wire != null) {
            wire.put("mediaType", entry.mediaType());
            wire.put("alone", entry.travelsAlone());
        }
        out.put("wire", wire);
        out.put("example", documented.example(entry, documented.chain(documented.locales().get(0))));
        return out;
    }

    /** A text in each of the catalog's locales that has one, in the catalog's order of locales. */
    private static Map<String, Object> texts(LocalizedText text, List<String> locales) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String locale : locales) {
            String value = text == null ? null : text.get(locale);
            if (value != null) {
                out.put(locale, value);
            }
        }
        return out;
    }

    private static Map<String, Object> lists(LocalizedList list, List<String> locales) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String locale : locales) {
            if (!list.get(locale).isEmpty()) {
                out.put(locale, list.get(locale));
            }
        }
        return out;
    }

    /** A wire format: its shape and every setting, the defaults filled in, a switch as a boolean; null for none. */
    static Map<String, Object> wire(WireFormat wire) {
        if (wire == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", wire.shape().keyword());
        wire.settings().forEach((name, value) -> out.put(name, WireFormat.isSwitch(name) ? wire.switchedOn(name) : value));
        return out;
    }
}

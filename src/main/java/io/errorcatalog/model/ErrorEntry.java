package io.errorcatalog.model;

import java.util.List;

import io.errorcatalog.runtime.GrpcStatus;

/**
 * One error of a catalog, with the catalog's defaults already applied.
 *
 * @param code the wire code; its value is null where the API sends none
 * @param aliases further codes the error is known by, which decoding accepts; rendering uses {@code code}
 * @param status the HTTP status; its value is null where the API does not document one
 * @param title {@link LocalizedText#NONE} where the catalog gives none; null only in an entry whose title
 *     could not be read (a diagnostic says why)
 * @param message null only in an entry whose message could not be read (a diagnostic says why)
 * @param group the exception group id; its value is null for the base exception
 * @param docs the documentation reference as written (absolute, or relative to the catalog's base), or null
 * @param deprecation null when not deprecated, else the reason (empty when the catalog gives none)
 * @param wire null, or how this error travels: the catalog's wire format with the error's own keys over it
 * @param grpc the canonical gRPC code the error or the catalog's defaults name, or null: then its HTTP
 *     status's ({@link #grpcStatus()})
 * @param removed null, or the tombstone of an error the API no longer sends
 * @param accepted the changes against the released catalog that the catalog accepts for this error
 */
public record ErrorEntry(
        String name,
        SourceLocation location,
        Located<String> code,
        List<Located<String>> aliases,
        Located<Integer> status,
        LocalizedText title,
        LocalizedText message,
        List<Parameter> params,
        LocalizedList causes,
        LocalizedList solutions,
        Located<String> group,
        Severity severity,
        RetryAdvice retry,
        Located<String> docs,
        String deprecation,
        WireFormat wire,
        GrpcStatus grpc,
        Tombstone removed,
        List<Acceptance> accepted) {


    public ErrorEntry {
        aliases = List.copyOf(aliases);
        params = List.copyOf(params);
        accepted = List.copyOf(accepted);
    }

    /** Whether the constant is deprecated: the catalog says so, or the error is a tombstone. */
    public boolean isDeprecated() {
        return deprecation != null || removed != null;
    }

    /** This entry with other texts, as a file of translations adds them. */
    public ErrorEntry withTexts(LocalizedText title, LocalizedText message, LocalizedList causes,
            LocalizedList solutions) {
        return new ErrorEntry(name, location, code, aliases, status, title, message, params, causes, solutions, group,
                severity, retry, docs, deprecation, wire, grpc, removed, accepted);
    }

    /** The canonical gRPC code: the one named, else the one the HTTP status maps to. */
    public GrpcStatus grpcStatus() {
        return grpc != null ? grpc : GrpcStatus.forHttpStatus(status.value() == null ? 0 : status.value());
    }
}

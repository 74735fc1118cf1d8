package io.errorcatalog.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** What a catalog says of one error, apart from its texts, which are in the bundles. */
@Generated
final class Definition {

    final String code;
    final int httpStatus;
    final Severity severity;
    final Retry retry;
    /** The index of the error's exception group, -1 for the catalog's base exception. */
    final int group;
    final int parameterCount;
    final String documentationUrl;
    /** How the error travels, or null where the catalog declares no wire format. */
    final WireShape wire;
    /** The error's own problem type, or null. */
    final String type;
    /** The canonical gRPC code. */
    final GrpcStatus grpc;
    /** Further codes the error is known by, which decoding accepts; never rendered. */
    final List<String> aliases;

    Definition(String code, int httpStatus, Severity severity, Retry retry, int group, int parameterCount,
            String documentationUrl, WireShape wire, String type, GrpcStatus grpc, List<String> aliases) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.severity = severity;
        this.retry = retry;
        this.group = group;
        this.parameterCount = parameterCount;
        this.documentationUrl = documentationUrl;
        this.wire = wire;
        this.type = type;
        this.grpc = grpc;
        this.aliases = aliases;
    }

    /** This definition, known by further codes too. */
    Definition withAliases(String... codes) {
        return new Definition(code, httpStatus, severity, retry, group, parameterCount, documentationUrl, wire, type,
                grpc, Collections.unmodifiableList(Arrays.asList(codes.clone())));
    }
}

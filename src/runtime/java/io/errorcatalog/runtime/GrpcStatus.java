package io.errorcatalog.runtime;

/**
 * The canonical status codes of gRPC and of {@code google.rpc.Code}, which every gRPC service returns and
 * AIP-193's error bodies carry by name in {@code status}.
 */
@Generated
public enum GrpcStatus {
    /** Not an error. */
    OK(0),
    /** The operation was cancelled, typically by the caller. */
    CANCELLED(1),
    /** An error of no other code, or whose cause is not known. */
    UNKNOWN(2),
    /** The client gave an invalid argument, whatever the state of the system. */
    INVALID_ARGUMENT(3),
    /** The deadline passed before the operation could complete. */
    DEADLINE_EXCEEDED(4),
    /** Something asked for was not found. */
    NOT_FOUND(5),
    /** What the client tried to create exists already. */
    ALREADY_EXISTS(6),
    /** The caller may not do this. */
    PERMISSION_DENIED(7),
    /** A quota or a resource, such as disk space, is used up. */
    RESOURCE_EXHAUSTED(8),
    /** The system is not in the state the operation needs. */
    FAILED_PRECONDITION(9),
    /** The operation was aborted, typically by a concurrency conflict. */
    ABORTED(10),
    /** The operation went past the valid range. */
    OUT_OF_RANGE(11),
    /** The operation is not implemented or not supported. */
    UNIMPLEMENTED(12),
    /** An invariant of the system broke. */
    INTERNAL(13),
    /** The service is unavailable for now; a retry with back-off may succeed. */
    UNAVAILABLE(14),
    /** Data was lost or corrupted beyond recovery. */
    DATA_LOSS(15),
    /** The request has no valid credentials. */
    UNAUTHENTICATED(16);

    /** The HTTP statuses that map to a code of their own, and those codes, at the same index. */
    private static final int[] MAPPED_STATUSES = {400, 401, 403, 404, 409, 416, 429, 499, 501, 503, 504};
    private static final GrpcStatus[] MAPPED_CODES = {INVALID_ARGUMENT, UNAUTHENTICATED, PERMISSION_DENIED,
        NOT_FOUND, ABORTED, OUT_OF_RANGE, RESOURCE_EXHAUSTED, CANCELLED, UNIMPLEMENTED, UNAVAILABLE,
        DEADLINE_EXCEEDED};

    private final int number;

    GrpcStatus(int number) {
        this.number = number;
    }

    /**
     * The code's number, as gRPC sends it.
     *
     * @return 0 to 16
     */
    public int number() {
        return number;
    }

    /**
     * The code an HTTP status maps to where the catalog names none.
     *
     * <p>The table is Google's HTTP to RPC mapping, the inverse of the "HTTP Mapping" lines of
     * {@code google/rpc/code.proto} (googleapis): where code.proto maps two codes to one status, it picks
     * one, so 409 Conflict is {@link #ABORTED} (code.proto maps both ABORTED and ALREADY_EXISTS to 409), 400 is
     * {@link #INVALID_ARGUMENT} (not FAILED_PRECONDITION or OUT_OF_RANGE) and 500 is {@link #INTERNAL} (not
     * UNKNOWN or DATA_LOSS). Other 2xx are OK, 416 is OUT_OF_RANGE, other 4xx FAILED_PRECONDITION, other 5xx
     * INTERNAL, and the rest (1xx, 3xx, an undocumented 0) UNKNOWN.
     *
     * @param httpStatus the HTTP status, or 0 where undocumented
     * @return the code
     */
    public static GrpcStatus forHttpStatus(int httpStatus) {
        // A table, not a switch: Error Prone asks for an arrow switch, which Java 8 does not have.
        for (int i = 0; i < MAPPED_STATUSES.length; i++) {
            if (MAPPED_STATUSES[i] == httpStatus) {
                return MAPPED_CODES[i];
            }
        }
        return byClass(httpStatus);
    }

    private static GrpcStatus byClass(int httpStatus) {
        if (httpStatus >= 200 && httpStatus <= 299) {
            return OK;
        }
        if (httpStatus >= 400 && httpStatus <= 499) {
            return FAILED_PRECONDITION;
        }
        return httpStatus >= 500 && httpStatus <= 599 ? INTERNAL : UNKNOWN;
    }

    /**
     * The code of a name, as AIP-193 bodies carry it.
     *
     * @param name the name, such as {@code NOT_FOUND}, or null
     * @return the code, or null where the name is none
     */
    public static GrpcStatus byName(String name) {
        for (GrpcStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}

package io.errorcatalog.runtime;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An error of a catalog: every generated error enum implements it, so that code which handles the errors
 * of several APIs (a retry policy, an exception handler, a log format) is written once.
 */
@Generated
public interface CatalogError extends Serializable {

    /**
     * The error's name, as its constant has it.
     *
     * @return the constant's name
     */
    String name();

    /**
     * The error's place in its catalog.
     *
     * @return the constant's ordinal
     */
    int ordinal();

    /**
     * The catalog the error belongs to.
     *
     * @return the catalog, with its locales and lookups
     */
    ErrorCatalog<?, ?> catalog();

    /**
     * The wire code.
     *
     * @return the code exactly as the API sends it, or {@code null} where the API sends none
     */
    default String code() {
        return catalog().definition(this).code;
    }

    /**
     * The further codes the error is known by, which lookup and decoding accept as well as {@link #code()}.
     *
     * @return the aliases in catalog order, empty where it has none
     */
    default List<String> aliases() {
        return catalog().definition(this).aliases;
    }

    /**
     * The HTTP status.
     *
     * @return the status the API answers with, or {@code 0} where the API documents none
     */
    default int httpStatus() {
        return catalog().definition(this).httpStatus;
    }

    /**
     * The canonical gRPC code, which a gRPC service returns for this error and AIP-193 bodies carry as
     * {@code status}.
     *
     * @return the code the catalog gives, else the one its HTTP status maps to
     *     ({@link GrpcStatus#forHttpStatus(int)})
     */
    default GrpcStatus grpcStatus() {
        return catalog().definition(this).grpc;
    }

    /**
     * How bad this error is.
     *
     * @return the severity the catalog gives
     */
    default Severity severity() {
        return catalog().definition(this).severity;
    }

    /**
     * Whether, and when, a retry can succeed.
     *
     * @return the retry advice the catalog gives
     */
    default Retry retry() {
        return catalog().definition(this).retry;
    }

    /**
     * Whether the same request can succeed later.
     *
     * @return true for {@link Retry#AFTER_DELAY} and {@link Retry#RETRY_AFTER}
     */
    default boolean isRetryable() {
        return retry().isRetryable();
    }

    /**
     * How long to wait before the same request can succeed, for a retry loop.
     *
     * @param retryAfter the response's {@code Retry-After} header (delta-seconds or an HTTP-date), or
     *     {@code null}; a malformed or negative value counts as none, a past date as zero
     * @param now when the response was received
     * @return empty where a retry cannot succeed (or, for {@link Retry#UNSPECIFIED}, where the header
     *     announces nothing); else the wait the header announces, at most a year, or zero where it
     *     announces none (the caller's own back-off then decides)
     */
    default Optional<Duration> retryDelay(String retryAfter, Instant now) {
        Retry retry = retry();
        if (retry == Retry.NEVER) {
            return Optional.empty();
        }
        Duration announced = RetryAfter.parse(retryAfter, now);
        // Where the catalog does not say, a response that announces a wait is taken at its word.
        return announced != null || retry == Retry.UNSPECIFIED ? Optional.ofNullable(announced)
                : Optional.of(Duration.ZERO);
    }

    /**
     * The documentation of this error.
     *
     * @return its URL, or {@code null} where the catalog links none
     */
    default String documentationUrl() {
        return catalog().definition(this).documentationUrl;
    }

    /**
     * How many arguments {@link #message(Locale, Object...)} and {@link #exception(Object...)} take.
     *
     * @return the number of the message's parameters
     */
    default int parameterCount() {
        return catalog().definition(this).parameterCount;
    }

    /**
     * The title in the JVM's default locale.
     *
     * @return the title, in the catalog's default locale where it has no text in the JVM's; {@code null}
     *     where the catalog gives the error no title
     */
    default String title() {
        return title(Locale.getDefault());
    }

    /**
     * The title in a locale.
     *
     * @param locale the locale to speak
     * @return the title, in the catalog's default locale where it has no text in {@code locale}; {@code null}
     *     where the catalog gives the error no title
     */
    default String title(Locale locale) {
        return catalog().text(this, locale, ".title");
    }

    /**
     * The message in the JVM's default locale.
     *
     * @param arguments one per parameter, in the catalog's order
     * @return the message, in the catalog's default locale where it has no text in the JVM's
     * @throws IllegalArgumentException if the number of arguments is not {@link #parameterCount()}
     */
    default String message(Object... arguments) {
        return message(Locale.getDefault(), arguments);
    }

    /**
     * The message in a locale, its arguments formatted for that locale.
     *
     * @param locale the locale to speak
     * @param arguments one per parameter, in the catalog's order
     * @return the message, in the catalog's default locale where it has no text in {@code locale}
     * @throws IllegalArgumentException if the number of arguments is not {@link #parameterCount()}
     */
    default String message(Locale locale, Object... arguments) {
        return catalog().message(this, locale, arguments);
    }

    /**
     * The possible causes.
     *
     * @param locale the locale to speak
     * @return the causes, empty where the catalog lists none
     */
    default List<String> causes(Locale locale) {
        return catalog().list(this, locale, ".causes");
    }

    /**
     * The advised solutions.
     *
     * @param locale the locale to speak
     * @return the solutions, empty where the catalog lists none
     */
    default List<String> solutions(Locale locale) {
        return catalog().list(this, locale, ".solutions");
    }

    /**
     * This error as an exception of its group's class.
     *
     * @param arguments one per parameter, in the catalog's order
     * @return the exception, not thrown
     * @throws IllegalArgumentException if the number of arguments is not {@link #parameterCount()}
     */
    default CatalogException exception(Object... arguments) {
        return catalog().exceptionOf(this, arguments);
    }
}

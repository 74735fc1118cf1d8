package io.errorcatalog.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An error of a catalog as an exception: every catalog's base exception extends it, so one {@code catch}
 * (or one exception handler) covers the errors of every catalog. It carries the error, its message's
 * arguments and, for a decoded response, what the response said.
 */
@Generated
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The error this exception is. */
    private final CatalogError error;

    /**
     * The message's arguments, in the order of the catalog's parameters; for a decoded response those its
     * body gave as members, else empty. Not
     * serialized (an argument need not be serializable): a deserialized exception keeps its message.
     */
    private final transient Object[] arguments;

    /** What a response said, or null for an error made here. */
    private final Received received;

    /** Extension members of the body, in the order added; not serialized, as their values need not be. */
    private transient Map<String, Object> extensions;

    /** How long to wait before retrying, where the code that made the error knows; or null. */
    private Duration retryDelay;

    /**
     * Made by the generated code of a catalog, which checks the arguments, or reads a response.
     *
     * @param error the error
     * @param arguments its message's arguments, one per parameter
     * @param received what a response said, or {@code null} for an error made here
     */
    protected CatalogException(CatalogError error, Object[] arguments, Received received) {
        super(text(error, arguments, received, error.catalog().defaultLocale()));
        this.retryDelay = received == null ? null : received.retryDelay;
        this.error = error;
        this.arguments = arguments;
        this.received = received;
        if (received != null && received.extensions != null && !received.extensions.isEmpty()) {
            extensions = new LinkedHashMap<>(received.extensions);
        }
    }

    /**
     * The message: the catalog's in the locale, each sensitive argument masked; but for a decoded response,
     * the text it sent where the catalog's text needs arguments the response did not give, or where the
     * error was only guessed from the status.
     */
    private static String text(CatalogError error, Object[] arguments, Received received, Locale locale) {
        Parameters parameters = error.catalog().definition(error).parameters;
        if (received == null) {
            return error.message(locale, parameters.masked(arguments));
        }
        // The catalog's own text where the body gave every argument (none, or all as members).
        Object[] given = arguments == null ? new Object[0] : arguments; // deserialized: they did not travel
        if (received.exact && given.length == error.parameterCount()) {
            return error.message(locale, parameters.masked(given));
        }
        if (received.message != null) {
            return received.message;
        }
        String title = error.title(locale);
        return title != null ? title : error.name();
    }

    /**
     * The error this exception is.
     *
     * @return its constant; the catalog's {@code UNKNOWN} for a response the catalog does not know
     */
    public CatalogError getError() {
        return error;
    }

    /**
     * The message's arguments.
     *
     * @return them in the order of the catalog's parameters, a sensitive one as given (only messages, logs
     *     and bodies mask it); for a decoded response, those its body gave as named members (typed), a
     *     sensitive one null as it never travels, else empty
     */
    public List<Object> getArguments() {
        return arguments == null ? Collections.emptyList() : Collections.unmodifiableList(Arrays.asList(arguments));
    }

    /**
     * The argument of one parameter of the message, by its name in the catalog: what a client reads the field
     * of a validation error with, without counting positions (nor parsing a sentence).
     *
     * @param <T> the argument's type
     * @param name the parameter's name in the catalog
     * @param type the argument's type as {@link #getArguments()} gives it ({@code String.class},
     *     {@code Integer.class}, ...), or {@code Object.class}
     * @return the argument; empty where the error has no parameter of that name (its catalog names none, or
     *     it is another error's), or no argument came for it (a decoded body without that member, and a
     *     sensitive one, which never travels)
     * @throws ClassCastException if the argument is of another type
     */
    public <T> Optional<T> getArgument(String name, Class<T> type) {
        int index = error.catalog().definition(error).parameters.indexOf(name);
        List<Object> all = getArguments();
        return index < 0 || index >= all.size() ? Optional.<T>empty() : Optional.ofNullable(type.cast(all.get(index)));
    }

    /**
     * The HTTP status.
     *
     * @return for a decoded response, the status it came with; else the catalog's, or {@code 0} where the
     *     API documents none
     */
    public int getHttpStatus() {
        return received != null && received.status != 0 ? received.status : error.httpStatus();
    }

    /**
     * The message in a locale. A decoded response's message is the text the API sent, unless the catalog's
     * own text needs no arguments.
     *
     * @param locale the locale to speak
     * @return the message, in the catalog's default locale where it has no text in {@code locale}
     */
    public String getMessage(Locale locale) {
        if (received == null && arguments == null) {
            return getMessage(); // deserialized: the arguments did not travel
        }
        return text(error, arguments, received, locale);
    }

    /**
     * The message in the JVM's default locale; {@link #getMessage()} is in the catalog's default locale.
     *
     * @return the message
     */
    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.getDefault());
    }

    /**
     * The code as the response gave it.
     *
     * @return the raw code or problem type, or {@code null} for an error made here or a body without one
     */
    public String getRawCode() {
        return received == null ? null : received.code;
    }

    /**
     * The body as the response gave it, for the log.
     *
     * @return the parsed body as text (its first 10,000 characters), or {@code null} for an error made here
     */
    public String getRawBody() {
        return received == null ? null : received.body;
    }

    /**
     * The title as the response gave it.
     *
     * @return the body's {@code title} member, or {@code null} for an error made here or a body without one
     */
    public String getRawTitle() {
        return received == null ? null : received.title;
    }

    /**
     * The extension members of this error's body: those added with {@link #withExtension}, and for a
     * decoded response those it carried beyond its shape's own members (a problem's {@code instance} or
     * {@code report}, say), so that a client reads them typed and a proxy passes them on in {@link #toBody}.
     *
     * @return the members in the order the body had them or they were added; not serialized with the
     *     exception
     */
    public Map<String, Object> getExtensions() {
        return extensions == null ? Collections.<String, Object>emptyMap() : Collections.unmodifiableMap(extensions);
    }

    /**
     * The errors a decoded response gave as this error's details (the Microsoft guidelines' {@code details}:
     * Graph's several validation errors of one request), each decoded as a body of its own with the
     * response's status; {@link #toBody} passes them on as they came.
     *
     * @return them in the body's order; empty for an error made here, a shape without details, or after
     *     deserialization (they are not serialized)
     */
    public List<CatalogException> getDetails() {
        List<CatalogException> details = new ArrayList<>();
        for (Map<String, ?> detail : receivedDetails()) {
            details.add(error.catalog().decode(getHttpStatus(), wire().wrap(new LinkedHashMap<String, Object>(detail)),
                    null));
        }
        return Collections.unmodifiableList(details);
    }

    private List<Map<String, ?>> receivedDetails() {
        return received == null || received.details == null ? Collections.<Map<String, ?>>emptyList()
                : received.details;
    }

    /**
     * How long to wait before the same request can succeed: after the response's {@code Retry-After}, else
     * after the delay its body gave (AIP-193's {@code RetryInfo}, a problem's {@code retryAfter} member).
     *
     * @param now when the response was received
     * @return empty where the body or else the catalog says a retry never succeeds; where no header came,
     *     the body's delay; else as {@link CatalogError#retryDelay(String, Instant)}
     */
    public Optional<Duration> retryDelay(Instant now) {
        if (retryAdvice() == Retry.NEVER) {
            return Optional.empty();
        }
        String header = received == null ? null : received.retryAfter;
        if (header == null && received != null && received.retryDelay != null) {
            return Optional.of(received.retryDelay);
        }
        return error.retryDelay(header, now);
    }

    /**
     * Whether the same request can succeed later: as a decoded body said, where its shape carries the advice
     * (a problem's {@code retryable} member, AIP-193's {@code RetryInfo}), else as the catalog says.
     *
     * @return the body's advice, else {@link CatalogError#isRetryable()}
     */
    public boolean isRetryable() {
        return retryAdvice().isRetryable();
    }

    /** Whether a retry can succeed: the body's advice, else the catalog's. */
    private Retry retryAdvice() {
        return received != null && received.retry != Retry.UNSPECIFIED ? received.retry : error.retry();
    }

    /**
     * Gives the delay a body announces where its wire shape carries one (AIP-193's {@code RetryInfo}, a
     * problem's {@code retryAfter} member), beside a {@code Retry-After} header.
     *
     * @param delay how long the client should wait; not negative
     * @return this exception
     * @throws IllegalArgumentException for a negative delay
     */
    public CatalogException withRetryDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("a retry delay is zero or more, not " + delay);
        }
        retryDelay = delay;
        return this;
    }

    /**
     * Adds an extension member to this error's body, such as a problem's {@code instance} or {@code report}.
     *
     * @param name the member's name; not one the wire shape uses itself
     * @param value its value: text, number, boolean, or maps and lists of them
     * @return this exception
     * @throws IllegalArgumentException for a null name, or one the wire shape uses ({@code type}, ...)
     * @throws IllegalStateException where the catalog declares no wire format for this error
     */
    public CatalogException withExtension(String name, Object value) {
        if (name == null || wire().isReserved(name)) {
            throw new IllegalArgumentException("'" + name + "' is no extension member of " + error + "'s body");
        }
        if (extensions == null) {
            extensions = new LinkedHashMap<>();
        }
        extensions.put(name, value);
        return this;
    }

    /**
     * This error as the API puts it in a response body, ready for any JSON library to write.
     *
     * @param locale the locale of its texts
     * @return the body's members in the documented order, extension members last
     * @throws IllegalStateException where the catalog declares no wire format for this error
     */
    public Map<String, Object> toBody(Locale locale) {
        return wire().body(parts(locale));
    }

    /**
     * Several errors in one body: an {@code errors} array, or for problems the {@code errors} and
     * {@code warnings} arrays of a partly successful response, each problem with its message as its title.
     *
     * @param locale the locale of their texts
     * @param errors the errors, warnings among them, of any catalogs
     * @return the body's members, ready for any JSON library to write
     * @throws IllegalStateException where the catalog declares no wire format for one of them
     */
    public static Map<String, Object> bodyOf(Locale locale, List<? extends CatalogException> errors) {
        List<Object> failures = new ArrayList<>();
        List<Object> warnings = new ArrayList<>();
        for (CatalogException each : errors) {
            Map<String, Object> member = each.wire().member(each.parts(locale));
            (each.error.severity() == Severity.WARNING ? warnings : failures).add(member);
        }
        return bodyOf(failures, warnings);
    }

    /** The body of several errors' members: the errors, then the warnings where there are any. */
    static Map<String, Object> bodyOf(List<Object> failures, List<Object> warnings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", failures);
        if (!warnings.isEmpty()) {
            body.put("warnings", warnings);
        }
        return body;
    }

    private BodyParts parts(Locale locale) {
        Definition definition = error.catalog().definition(error);
        Locale defaultLocale = error.catalog().defaultLocale();
        Map<String, Object> parameters = wire().sentParameters(definition.parameters, arguments);
        BodyParts.More more = new BodyParts.More(locale.toLanguageTag(), getMessage(defaultLocale), definition.grpc,
                definition.documentationUrl, parameters, retryAdvice() == Retry.NEVER ? null : retryDelay,
                retryAdvice(), receivedDetails());
        return new BodyParts(definition.code, getHttpStatus(), error.title(locale), getMessage(locale), definition.type,
                extensions == null ? Collections.<String, Object>emptyMap() : extensions, more);
    }

    private WireShape wire() {
        WireShape wire = error.catalog().definition(error).wire;
        if (wire == null) {
            throw new IllegalStateException(error + " has no wire format: give its catalog a 'wire'");
        }
        return wire;
    }
}

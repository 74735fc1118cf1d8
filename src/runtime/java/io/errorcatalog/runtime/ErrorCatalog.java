package io.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * One generated catalog: its errors, their facts and texts, lookups by code and status, and reading
 * responses. Each generated error enum holds its catalog in {@code CATALOG}.
 *
 * @param <E> the catalog's error enum
 * @param <X> the catalog's base exception
 */
@Generated
public final class ErrorCatalog<E extends CatalogError, X extends CatalogException> {

    /**
     * Makes the exceptions of one class: the catalog's base exception, or one of its groups'. Generated
     * code passes the constructor ({@code OrdersValidationException::new}).
     *
     * @param <E> the catalog's error enum
     * @param <X> the catalog's base exception
     */
    public interface ExceptionFactory<E, X> {

        /**
         * Makes the exception.
         *
         * @param error the error
         * @param arguments its message's arguments, already checked
         * @param received what a response said, or {@code null} for an error made here
         * @return the exception, not thrown
         */
        X create(E error, Object[] arguments, Received received);
    }

    private final Class<E> type;
    private final String bundleBaseName;
    private final List<Locale> locales;
    private final Bundles bundles;
    private final List<E> errors;
    private final Map<E, Definition> definitions;
    private final E unknown;
    /** Makes the exceptions of errors in no group. */
    private final ExceptionFactory<E, X> base;
    /** Makes the exceptions of each group, by the group's index. */
    private final List<ExceptionFactory<E, X>> groups;
    /** The catalog's wire shapes, in the order of the catalog; decoding tries them in turn. */
    private final List<WireShape> wires;
    private final Map<String, E> byCode = new HashMap<>();
    private final Map<Integer, List<E>> byStatus = new HashMap<>();
    /** Errors that a body tells apart without a code (their own problem type, their own member). */
    private final Map<String, E> byIdentity = new HashMap<>();

    private ErrorCatalog(Builder<E, X> builder) {
        this.type = builder.type;
        this.bundleBaseName = builder.bundleBaseName;
        // Its own copy: a catalog does not depend on what its builder does afterwards.
        this.locales = Collections.unmodifiableList(new ArrayList<>(builder.locales));
        this.bundles = new Bundles(bundleBaseName, locales, type);
        this.errors = builder.errors;
        // Keyed by the constants, whose equals and hashCode are their identity: no ordinal is needed.
        this.definitions = new HashMap<>(builder.definitions);
        this.unknown = builder.unknown;
        this.base = builder.base;
        this.groups = Collections.unmodifiableList(new ArrayList<>(builder.groups));
        this.wires = builder.wires;
        for (E error : errors) {
            Definition definition = definitions.get(error);
            if (definition.code != null) {
                byCode.put(definition.code, error);
            }
            for (String alias : definition.aliases) {
                byCode.put(alias, error);
            }
            if (definition.httpStatus != 0) {
                List<E> sameStatus = byStatus.get(definition.httpStatus);
                if (sameStatus == null) {
                    sameStatus = new ArrayList<>();
                    byStatus.put(definition.httpStatus, sameStatus);
                }
                sameStatus.add(error);
            }
            // equals, not ==: E may be a split catalog's interface; an enum's equals is identity.
            String identity = definition.wire == null || error.equals(unknown) ? null
                    : definition.wire.identity(definition.type);
            if (identity != null && !byIdentity.containsKey(identity)) {
                byIdentity.put(identity, error);
            }
        }
    }

    /**
     * Starts a catalog of one enum; generated code calls it once, in the enum's class initialisation.
     *
     * @param <E> the catalog's error enum
     * @param <X> the catalog's base exception
     * @param type the enum
     * @param errors its constants, {@code values()}: generated code gives them, as {@code Class.getEnumConstants}
     *     would find {@code values()} through reflection over every public method of an enum of thousands
     * @param bundleBaseName the base name of its message bundles
     * @param base makes the exceptions of errors in no group: the base exception's constructor
     * @return a builder that takes the catalog's locales, wire shapes, exception groups and every error's facts
     */
    public static <E extends Enum<E> & CatalogError, X extends CatalogException> Builder<E, X> builder(Class<E> type,
            E[] errors, String bundleBaseName, ExceptionFactory<E, X> base) {
        return new Builder<>(type, Arrays.asList(errors), bundleBaseName, base);
    }

    /**
     * Starts a catalog too large for one enum: several enums (a group each, or a part of one) behind one
     * interface. Generated code calls it once, when the interface's {@code CATALOG} is first read.
     *
     * @param <E> the catalog's interface
     * @param <X> the catalog's base exception
     * @param type the interface
     * @param parts the constants ({@code values()}) of each enum that implements it, in catalog order
     * @param bundleBaseName the base name of its message bundles
     * @param base makes the exceptions of errors in no group: the base exception's constructor
     * @return a builder that takes the catalog's locales, wire shapes, exception groups and every error's facts
     */
    public static <E extends CatalogError, X extends CatalogException> Builder<E, X> builder(Class<E> type,
            E[][] parts, String bundleBaseName, ExceptionFactory<E, X> base) {
        List<E> errors = new ArrayList<>();
        for (E[] part : parts) {
            errors.addAll(Arrays.asList(part));
        }
        return new Builder<>(type, errors, bundleBaseName, base);
    }

    /**
     * The type of this catalog's errors.
     *
     * @return its enum, or the interface of its enums where the catalog is split
     */
    public Class<E> type() {
        return type;
    }

    /**
     * The catalog's default locale: every text exists in it, and other locales fall back to it.
     *
     * @return the first of {@link #locales()}
     */
    public Locale defaultLocale() {
        return locales.get(0);
    }

    /**
     * The locales the catalog has texts in.
     *
     * @return them, the default first
     */
    public List<Locale> locales() {
        return locales;
    }

    /**
     * Every error of the catalog.
     *
     * @return them in catalog order, the one for errors the catalog does not list last
     */
    public List<E> errors() {
        return errors;
    }

    /**
     * The error that stands for one the catalog does not list: what decoding gives where neither the code
     * nor the status of a response is known.
     *
     * @return its constant, {@code UNKNOWN}
     */
    public E unknown() {
        return unknown;
    }

    /**
     * Finds an error by its wire code.
     *
     * @param code the code as the API sends it
     * @return the error, or empty where no error has that code
     */
    public Optional<E> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds the first error, in catalog order, with an HTTP status.
     *
     * @param httpStatus the status
     * @return the error, or empty where none has that status ({@code 0} finds none)
     */
    public Optional<E> byHttpStatus(int httpStatus) {
        List<E> sameStatus = byStatus.get(httpStatus);
        return sameStatus == null ? Optional.<E>empty() : Optional.of(sameStatus.get(0));
    }

    /**
     * Finds every error with an HTTP status.
     *
     * @param httpStatus the status
     * @return the errors in catalog order, empty where none has that status ({@code 0} finds none)
     */
    public List<E> allByHttpStatus(int httpStatus) {
        List<E> sameStatus = byStatus.get(httpStatus);
        return sameStatus == null ? Collections.<E>emptyList() : Collections.unmodifiableList(sameStatus);
    }

    /**
     * The catalog's locale that best answers an {@code Accept-Language} header: RFC 4647 lookup, each range
     * also finding the locales whose bundles its texts are read from ({@code zh-TW} finds {@code zh-Hant-TW},
     * {@code no} finds {@code nb}), so that the locale chosen is the one the texts come from.
     *
     * @param acceptLanguage the header's value, or {@code null}
     * @return the best of {@link #locales()}; {@link #defaultLocale()} where none is acceptable, or the
     *     header is missing or malformed
     */
    public Locale localeFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.trim().isEmpty()) {
            return defaultLocale();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return defaultLocale();
        }
        for (Locale.LanguageRange range : ranges) { // the most wanted first
            if (range.getWeight() > 0 && range.getRange().indexOf('*') < 0) {
                for (Locale candidate : Bundles.NAMES.getCandidateLocales("", Locale.forLanguageTag(range.getRange()))) {
                    if (locales.contains(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        Locale best = Locale.lookup(ranges, locales); // what wildcards such as de-*-CH still match
        return best == null ? defaultLocale() : best;
    }

    /**
     * An error as an exception of its group's class.
     *
     * @param error the error
     * @param arguments one per parameter, in the catalog's order
     * @return the exception, not thrown
     * @throws IllegalArgumentException if the number of arguments is not the error's parameter count, or an
     *     argument is not of its parameter's type (a body would carry it, and a client could not decode it)
     */
    public X exception(E error, Object... arguments) {
        checkArguments(error, arguments);
        String misfit = definition(error).parameters.misfit(arguments);
        if (misfit != null) {
            throw new IllegalArgumentException(error.name() + ": " + misfit);
        }
        return create(error, arguments.clone(), null);
    }

    /** The exception of an error, of its group's class. */
    private X create(E error, Object[] arguments, Received received) {
        int group = definition(error).group;
        return (group < 0 ? base : groups.get(group)).create(error, arguments, received);
    }

    /**
     * Reads an error response, as a client has it after parsing the body with any JSON library: finds the
     * error by its code (or problem type), else by the HTTP status, else takes {@link #unknown()}.
     *
     * @param httpStatus the response's status
     * @param body the parsed body (JSON objects as maps, arrays as lists), or {@code null}
     * @param retryAfter the response's {@code Retry-After} header, or {@code null}
     * @return the exception, never {@code null}; it keeps the raw code and body for the log
     */
    public X decode(int httpStatus, Map<String, ?> body, String retryAfter) {
        return decodeAll(httpStatus, body, retryAfter).all().get(0);
    }

    /**
     * Reads an error response that may carry several errors (an {@code errors} array, or the errors and
     * warnings of a partly successful response), each as {@link #decode} reads one.
     *
     * @param httpStatus the response's status
     * @param body the parsed body (JSON objects as maps, arrays as lists), or {@code null}
     * @param retryAfter the response's {@code Retry-After} header, or {@code null}
     * @return what the body says: its errors and warnings, whether any is fatal, all as one exception
     */
    public Outcome<X> decodeAll(int httpStatus, Map<String, ?> body, String retryAfter) {
        return Outcome.read(new Outcome.Reader<X>() {
            @Override
            public boolean namesAnError(Map<String, ?> item) {
                return ErrorCatalog.this.namesAnError(item);
            }

            @Override
            public X read(int status, Map<String, ?> item, String rawBody) {
                E found = find(item);
                boolean exact = found != null;
                if (!exact) {
                    found = byStatus(status);
                }
                return received(found == null ? unknown : found, exact, status, item, rawBody, retryAfter);
            }
        }, httpStatus, body);
    }

    /** The error a body names itself, by a code or by what only that error's shape carries; or null. */
    E find(Map<String, ?> item) {
        if (item == null) {
            return null;
        }
        for (WireShape wire : wires) {
            Map<String, ?> error = wire.errorIn(item);
            for (String code : error == null ? Collections.<String>emptyList() : wire.codes(error)) {
                E found = byCode.get(code);
                if (found != null) {
                    return found;
                }
            }
        }
        for (WireShape wire : wires) {
            String identity = wire.identityOf(item);
            E found = identity == null ? null : byIdentity.get(identity);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The first error of a status that a body which names no known error can be: not one whose body would
     * carry a code or an identity of its own, and never one more optimistic than a failed response.
     */
    E byStatus(int status) {
        List<E> sameStatus = byStatus.get(status);
        if (sameStatus == null) {
            return null;
        }
        boolean failed = status < 200 || status > 299;
        for (E candidate : sameStatus) {
            Definition definition = definitions.get(candidate);
            WireShape wire = definition.wire;
            boolean toldApart = wire != null
                    && ((wire.carriesCode() && definition.code != null) || wire.identity(definition.type) != null);
            if (!toldApart && (!failed || definition.severity == Severity.FATAL)) {
                return candidate;
            }
        }
        return null;
    }

    boolean namesAnError(Map<String, ?> body) {
        if (Bodies.string(body, "type") != null) {
            return true;
        }
        for (WireShape wire : wires) {
            if (!wire.listsErrors() && (wire.codeOf(body) != null || wire.identityOf(body) != null)) {
                return true;
            }
        }
        return false;
    }

    /** The exception of an error that a response gave. */
    X received(E error, boolean exact, int status, Map<String, ?> item, String rawBody, String retryAfter) {
        String rawCode = null;
        for (int i = 0; item != null && i < wires.size() && rawCode == null; i++) {
            rawCode = wires.get(i).codeOf(item);
        }
        if (rawCode == null && item != null) {
            rawCode = Bodies.string(item, "type"); // a problem type outside the catalog's base, as sent
        }
        Definition definition = definition(error);
        WireShape wire = definition.wire;
        Map<String, ?> own = wire == null || item == null ? item : wire.errorIn(item);
        if (own == null) {
            own = item;
        }
        String message = Bodies.message(own, wire == null ? null : wire.messageMember());
        String title = own == null ? null : Bodies.string(own, "title");
        // Arguments only for the error the body named: a guess from the status may not read its members.
        boolean members = exact && wire != null && own != null && wire.carriesParameters();
        Object[] arguments = members ? definition.parameters.read(wire.parameters(own)) : new Object[0];
        Map<String, Object> extensions = extensions(own, wire, definition.code);
        if (arguments.length > 0) {
            extensions.keySet().removeAll(definition.parameters.sent(arguments).keySet()); // arguments, not extensions
        }
        // Were a sender to leak a sensitive value, it is not passed on: toBody would send it again.
        extensions.keySet().removeAll(definition.parameters.sensitiveNames());
        boolean read = wire != null && own != null;
        return create(error, arguments, new Received(message, rawCode, rawBody, retryAfter, status, exact, title,
                extensions, read ? wire.retryDelay(own) : null, read ? wire.retry(own) : Retry.UNSPECIFIED,
                read ? wire.details(own) : Collections.<Map<String, ?>>emptyList()));
    }

    /** The members of a body beyond those its shape uses itself, which a problem calls extension members. */
    private static Map<String, Object> extensions(Map<String, ?> item, WireShape wire, String code) {
        if (item != null && wire != null) {
            return wire.extensions(item, code);
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (item != null) {
            for (Map.Entry<String, ?> member : item.entrySet()) {
                if (member.getKey() != null && !Bodies.isCommonMember(member.getKey())) {
                    extensions.put(member.getKey(), member.getValue());
                }
            }
        }
        return extensions;
    }

    Definition definition(CatalogError error) {
        if (!type.isInstance(error)) {
            throw new IllegalArgumentException(error + " is no error of " + type.getName());
        }
        return definitions.get(type.cast(error));
    }

    CatalogException exceptionOf(CatalogError error, Object[] arguments) {
        return exception(type.cast(error), arguments);
    }

    /** A text of an error in a locale, or in the nearest locale that has it; null where no locale has it. */
    String text(CatalogError error, Locale locale, String suffix) {
        String key = error.name() + suffix;
        ResourceBundle bundle = holder(locale, key);
        return bundle == null ? null : bundle.getString(key);
    }

    /** The nearest bundle of a locale's chain that has a key; null where none has it. */
    private ResourceBundle holder(Locale locale, String key) {
        for (ResourceBundle bundle : bundles.chain(locale)) {
            if (bundle.containsKey(key)) {
                return bundle;
            }
        }
        return null;
    }

    String message(CatalogError error, Locale locale, Object[] arguments) {
        checkArguments(error, arguments);
        String key = error.name() + ".message";
        ResourceBundle bundle = holder(locale, key);
        if (bundle == null) {
            throw new MissingResourceException("no message of " + error.name() + " in " + bundleBaseName,
                    bundleBaseName, key);
        }
        // Plurals count by the rules of the language the text is written in (the bundle it came from);
        // numbers are formatted for the locale asked for.
        return MessagePattern.of(bundle.getString(key)).format(arguments, PluralRules.of(bundle), locale);
    }

    /** A list of an error, all of it from the nearest locale that has one: a translation is of the whole list. */
    List<String> list(CatalogError error, Locale locale, String suffix) {
        String countKey = error.name() + suffix;
        ResourceBundle bundle = holder(locale, countKey);
        if (bundle == null) {
            return Collections.emptyList();
        }
        int count = Integer.parseInt(bundle.getString(countKey));
        List<String> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            items.add(bundle.getString(countKey + "." + i));
        }
        return Collections.unmodifiableList(items);
    }

    private void checkArguments(CatalogError error, Object[] arguments) {
        int parameterCount = definition(error).parameterCount;
        if (arguments.length != parameterCount) {
            throw new IllegalArgumentException(error.name() + " takes " + parameterCount + " arguments, not "
                    + arguments.length);
        }
    }

    @Override
    public String toString() {
        return "ErrorCatalog[" + type.getName() + "]";
    }

    /**
     * Collects a catalog's facts; generated code fills it in its enum's class initialisation.
     *
     * @param <E> the catalog's error enum
     * @param <X> the catalog's base exception
     */
    public static final class Builder<E extends CatalogError, X extends CatalogException> {

        private final Class<E> type;
        private final List<E> errors;
        private final String bundleBaseName;
        private final ExceptionFactory<E, X> base;
        private final List<ExceptionFactory<E, X>> groups = new ArrayList<>();
        private final Map<E, Definition> definitions;
        private List<Locale> locales = Collections.emptyList();
        private List<WireShape> wires = Collections.emptyList();
        private E unknown;

        Builder(Class<E> type, List<E> errors, String bundleBaseName, ExceptionFactory<E, X> base) {
            this.type = type;
            this.errors = Collections.unmodifiableList(new ArrayList<>(errors));
            this.bundleBaseName = bundleBaseName;
            this.base = base;
            this.definitions = new HashMap<>(errors.size() * 4 / 3 + 1);
        }

        /**
         * Sets the catalog's locales.
         *
         * @param languageTags BCP 47 tags, the default locale first
         * @return this builder
         */
        public Builder<E, X> locales(String... languageTags) {
            List<Locale> parsed = new ArrayList<>();
            for (String tag : languageTags) {
                parsed.add(Locale.forLanguageTag(tag));
            }
            locales = Collections.unmodifiableList(parsed);
            return this;
        }

        /**
         * Sets the catalog's wire shapes, which {@link #error} refers to by index.
         *
         * @param shapes the shapes, each distinct one once
         * @return this builder
         */
        public Builder<E, X> wires(WireShape... shapes) {
            wires = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(shapes)));
            return this;
        }

        /**
         * Adds the catalog's next exception group, which {@link #error} refers to by index (the first
         * added is 0).
         *
         * @param factory makes the group's exceptions: its exception class's constructor
         * @return this builder
         */
        public Builder<E, X> group(ExceptionFactory<E, X> factory) {
            groups.add(factory);
            return this;
        }

        /**
         * Gives one error's facts.
         *
         * @param error the error
         * @param code its wire code, or null
         * @param httpStatus its HTTP status, or 0
         * @param severity how bad it is
         * @param retry whether a retry can succeed
         * @param group the index of its exception group, or -1
         * @param parameterCount how many parameters its message has
         * @param documentationUrl its documentation, or null
         * @param wire the index of its wire shape, or -1 for none
         * @param ownType its own problem type, or null
         * @return this builder
         */
        public Builder<E, X> error(E error, String code, int httpStatus, Severity severity, Retry retry, int group,
                int parameterCount, String documentationUrl, int wire, String ownType) {
            return error(error, code, httpStatus, severity, retry, group, parameterCount, documentationUrl, wire,
                    ownType, GrpcStatus.forHttpStatus(httpStatus));
        }

        /**
         * Gives one error's facts, its gRPC code among them, as generated code of runtime 1.2 does ({@link #table}
         * gives those of many).
         *
         * @param error the error
         * @param code its wire code, or null
         * @param httpStatus its HTTP status, or 0
         * @param severity how bad it is
         * @param retry whether a retry can succeed
         * @param group the index of its exception group, or -1
         * @param parameterCount how many parameters its message has
         * @param documentationUrl its documentation, or null
         * @param wire the index of its wire shape, or -1 for none
         * @param ownType its own problem type, or null
         * @param grpc its canonical gRPC code
         * @return this builder
         */
        public Builder<E, X> error(E error, String code, int httpStatus, Severity severity, Retry retry, int group,
                int parameterCount, String documentationUrl, int wire, String ownType, GrpcStatus grpc) {
            definitions.put(error, new Definition(code, httpStatus, severity, retry, group, parameterCount,
                    documentationUrl, wire < 0 ? null : wires.get(wire), ownType, grpc, Collections.<String>emptyList(),
                    Parameters.NONE));
            return this;
        }

        /**
         * Names and types an error's parameters, so that its bodies carry its arguments as members and
         * decoding gives them back typed, and marks those whose values must not leave the process (runtime
         * 1.2): masked in the exception's message, never in a body.
         *
         * @param error the error, whose facts are given already
         * @param parameters {@code name:type} each ({@code count:int}), {@code name:type:sensitive} for a
         *     sensitive one ({@code password:string:sensitive}), in the catalog's order
         * @return this builder
         * @throws IllegalStateException if the error has no facts yet
         * @throws IllegalArgumentException if the number of parameters is not the error's count
         */
        public Builder<E, X> parameters(E error, String... parameters) {
            definitions.put(error, facts(error).withParameters(Parameters.of(parameters)));
            return this;
        }

        private Definition facts(E error) {
            Definition definition = definitions.get(error);
            if (definition == null) {
                throw new IllegalStateException(error.name() + " has no facts yet");
            }
            return definition;
        }

        /**
         * Gives further codes an error is known by (an old name an API still accepts, a second code of a
         * standard): finding and decoding accept them, rendering uses the error's own code.
         *
         * @param error the error, whose facts are given already
         * @param codes its aliases
         * @return this builder
         * @throws IllegalStateException if the error has no facts yet
         */
        public Builder<E, X> aliases(E error, String... codes) {
            definitions.put(error, facts(error).withAliases(codes));
            return this;
        }

        /**
         * Gives the facts of an enum's errors at once, as a table of a row per error (runtime 1.3): generated
         * code calls it once per enum, with text constants that the class file holds as they are, where a call
         * per error would cost some 50 bytes of bytecode each, run once in the interpreter. The table's form is
         * that of {@code Definition.Table}. Generated code of runtime 1.2 gives the same facts through
         * {@link #error}, {@link #parameters} and {@link #aliases} instead.
         *
         * @param errors the enum's constants, {@code values()}: the table's row {@code i} is of {@code errors[i]}
         * @param table the table, in parts (as many as a class file's string constants need), joined in order
         * @return this builder
         * @throws IllegalStateException if a row is not of the constant at its place, or is malformed: the
         *     message names the row
         */
        public Builder<E, X> table(E[] errors, String... table) {
            Definition.Table rows = new Definition.Table(errors.getClass().getComponentType().getName(), table);
            for (int i = 0; rows.hasRow(); i++) {
                String name = rows.name();
                if (i >= errors.length || !errors[i].name().equals(name)) {
                    throw rows.misaligned(i < errors.length ? errors[i].name() : null);
                }
                definitions.put(errors[i], rows.definition(wires));
            }
            return this;
        }

        /**
         * Gives the error that stands for those the catalog does not list; its one argument is the text a
         * response gave.
         *
         * @param error the error, {@code UNKNOWN}
         * @param wire the index of the wire shape it is rendered in, or -1 for none
         * @return this builder
         */
        public Builder<E, X> unknown(E error, int wire) {
            unknown = error;
            return error(error, null, 0, Severity.FATAL, Retry.UNSPECIFIED, -1, 1, null, wire, null);
        }

        /**
         * Makes the catalog.
         *
         * @return the catalog
         * @throws IllegalStateException if an error has no facts or names a group not added, or no locale
         *     or unknown error was given
         */
        public ErrorCatalog<E, X> build() {
            for (E error : errors) {
                Definition definition = definitions.get(error);
                String name = error.getClass().getName() + "." + error.name();
                if (definition == null) {
                    throw new IllegalStateException(name + " has no facts");
                }
                if (definition.group >= groups.size()) {
                    throw new IllegalStateException(name + " is in exception group "
                            + definition.group + ", but " + groups.size() + " group(s) were added");
                }
            }
            if (locales.isEmpty() || unknown == null) {
                throw new IllegalStateException(type.getName() + " has no locales or no unknown error");
            }
            return new ErrorCatalog<>(this);
        }
    }
}

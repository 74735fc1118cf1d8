package io.errorcatalog.model;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.lang3.StringUtils;

import io.errorcatalog.runtime.CatalogError;


/**
 * Names what generated code declares, as JavaPoet's {@code NameAllocator} does: the names derived from a
 * catalog (its enum, exceptions and factory methods) and the names no catalog may take. It knows Java's
 * keywords (through {@link JavaNames}), the runtime's types and the generated enum's own members, each
 * read from where it is defined rather than kept by hand.
 */
public final class NameAllocator {

    /**
     * Type names the generated sources use unqualified: a catalog type of the same name would shadow them.
     * The runtime's types are among them; a test reads the templates and fails when one uses a type this
     * set lacks.
     */
    public static final Set<String> RESERVED_TYPES = Stream.concat(RuntimeTypes.all().stream(),
            Stream.of("Object", "String", "Class", "Override", "Deprecated", "IOException", "Locale", "Map", "Entry",
                    "JsonGenerator", "JsonNode", "ObjectMapper", "SerializerProvider", "SimpleModule", "StdSerializer",
                    "TypeReference", "BodySerializer", "URI", "ProblemDetail", "HttpStatusCode",
                    "ErrorResponseException", "Builder", "ExceptionFactory", "SuppressWarnings"))
            .collect(Collectors.toUnmodifiableSet());

    /** Constant names the generated enum declares itself. */
    public static final Set<String> RESERVED_CONSTANTS = Set.of("CATALOG", "UNKNOWN");

    /**
     * The methods a generated enum has or inherits (from {@code Enum}, the runtime's {@code CatalogError}
     * and its own), which no factory method may take.
     */
    public static final Set<String> ENUM_MEMBERS = Stream.of(
            Arrays.stream(Enum.class.getMethods()).map(Method::getName),
            Arrays.stream(CatalogError.class.getMethods()).map(Method::getName),
            Stream.of("values", "valueOf", "clone", "finalize", "facts"))
            .flatMap(names -> names).collect(Collectors.toUnmodifiableSet());

    /**
     * The most errors one generated enum holds. An enum's class initializer creates every constant (some
     * 16 bytes of bytecode each, of 64 KiB) and its constant pool holds some ten entries per error (of
     * 65,535): 2,000 leaves room for both. A larger catalog is split into enums of at most this many.
     */
    public static final int ERRORS_PER_ENUM = 2_000;

    private final Set<String> taken;

    private NameAllocator(Set<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    /** The factory method names of one enum, each new one unlike the enum's members and the others. */
    public static NameAllocator forFactories() {
        return new NameAllocator(ENUM_MEMBERS);
    }

    /**
     * The factory method of a constant: {@code TOO_LONG} gives {@code tooLong}; where that is a keyword or
     * taken, {@code Error} is appended ({@code DEFAULT} gives {@code defaultError}), then a number.
     */
    public String factoryName(String constantName) {
        String base = JavaNames.lowerCamel(constantName);
        String name = base;
        if (!JavaNames.isIdentifier(name) || taken.contains(name)) {
            name = base + "Error";
        }
        for (int n = 2; taken.contains(name); n++) {
            name = base + "Error" + n;
        }
        taken.add(name);
        return name;
    }

    /** The enum of a catalog that names none: {@code experience-platform} gives {@code ExperiencePlatformError}. */
    public static String enumName(String catalogId) {
        return pascalCase(catalogId) + "Error";
    }

    /** The base exception of a catalog that names none: the enum's name with {@code Exception} for {@code Error}. */
    public static String exceptionName(String enumName) {
        return StringUtils.removeEnd(enumName, "Error") + "Exception";
    }

    /** A group's exception where the catalog names none: {@code PlatformException} and {@code auth} give {@code PlatformAuthException}. */
    public static String groupExceptionName(String exceptionName, String groupId) {
        return StringUtils.removeEnd(exceptionName, "Exception") + pascalCase(groupId) + "Exception";
    }

    /**
     * The enums a catalog's errors are generated in: the catalog's own enum for a catalog of at most
     * {@link #ERRORS_PER_ENUM}; else one per group, in the groups' order after the errors of no group
     * ({@code <Stem>CommonError}), each named after its group ({@code <Stem><Group>Error}) and split into
     * numbered enums where it is larger than one enum can be ({@code <Stem><Group>Error2}, ...).
     */
    public static List<ResolvedCatalog.Part> parts(String enumName, List<ErrorEntry> errors,
            List<ResolvedCatalog.ResolvedGroup> groups) {
        if (errors.size() <= ERRORS_PER_ENUM) {
            return List.of(new ResolvedCatalog.Part(enumName, 0, errors));
        }
        String stem = StringUtils.removeEnd(enumName, "Error");
        java.util.Map<String, List<ErrorEntry>> byGroup = new java.util.LinkedHashMap<>();
        byGroup.put("common", new java.util.ArrayList<>());
        groups.forEach(group -> byGroup.put(group.group().id(), new java.util.ArrayList<>()));
        for (ErrorEntry error : errors) {
            String group = error.group() == null || !byGroup.containsKey(error.group().value()) ? "common"
                    : error.group().value();
            byGroup.get(group).add(error);
        }
        List<ResolvedCatalog.Part> parts = new java.util.ArrayList<>();
        int first = 0;
        for (java.util.Map.Entry<String, List<ErrorEntry>> group : byGroup.entrySet()) {
            List<ErrorEntry> members = group.getValue();
            for (int from = 0; from < members.size(); from += ERRORS_PER_ENUM) {
                int number = from / ERRORS_PER_ENUM + 1;
                List<ErrorEntry> slice = members.subList(from, Math.min(members.size(), from + ERRORS_PER_ENUM));
                parts.add(new ResolvedCatalog.Part(stem + pascalCase(group.getKey()) + "Error"
                        + (number == 1 ? "" : Integer.toString(number)), first, slice));
                first += slice.size();
            }
        }
        return parts;
    }

    /** Whether generated code can declare a type of this name: legal Java, and shadowing nothing it uses. */
    public static boolean isFreeTypeName(String name) {
        return JavaNames.isTypeName(name) && !RESERVED_TYPES.contains(name);
    }

    /** {@code experience-platform} becomes {@code ExperiencePlatform}; locale-independent. */
    static String pascalCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split("[-_ ]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}

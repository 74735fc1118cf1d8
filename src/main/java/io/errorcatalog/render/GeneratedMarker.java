package io.errorcatalog.render;

/**
 * The standard annotation that tells static analysers (Error Prone's {@code -XepDisableWarningsInGeneratedCode})
 * a type is generated. The runtime's own {@code @Generated}, which coverage tools see, is always there; this
 * one depends on the Java version the consumer compiles for.
 */
public enum GeneratedMarker {
    /** Java 9 and later. */
    JAVA_9("javax.annotation.processing.Generated"),
    /** Java 8, which has only this one. */
    JAVA_8("javax.annotation.Generated"),
    /** None: the consumer's compiler has neither. */
    NONE(null);

    private final String annotation;

    GeneratedMarker(String annotation) {
        this.annotation = annotation;
    }

    /** The annotation's qualified name, or null. */
    public String annotation() {
        return annotation;
    }

    /** How a build names this marker: {@code java9}, {@code java8} or {@code none}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }

    /** The marker a build names by its {@link #word()}; empty for any other word. */
    public static java.util.Optional<GeneratedMarker> named(String word) {
        return java.util.Arrays.stream(values()).filter(marker -> marker.word().equals(word)).findFirst();
    }

    /**
     * The marker for the Java release a consumer compiles for.
     *
     * @param release {@code 8}, {@code 1.8}, {@code 17}...; null where unknown (the newest is assumed, as javac's default is)
     */
    public static GeneratedMarker forRelease(String release) {
        if (release == null || release.isBlank()) {
            return JAVA_9;
        }
        String trimmed = release.trim();
        String major = trimmed.startsWith("1.") ? trimmed.substring(2) : trimmed;
        try {
            return Integer.parseInt(major) <= 8 ? JAVA_8 : JAVA_9;
        } catch (NumberFormatException e) {
            return JAVA_9;
        }
    }
}

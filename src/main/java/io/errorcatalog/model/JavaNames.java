package io.errorcatalog.model;

import java.util.Set;
import java.util.regex.Pattern;

import javax.lang.model.SourceVersion;

/**
 * The rules for names that end up in generated Java. Names are ASCII, so generated sources are ASCII
 * and compile the same whatever encoding a consumer's build uses.
 */
public final class JavaNames {

    /**
     * Words {@link SourceVersion#isKeyword} accepts as identifiers, but that newer Java versions
     * restrict ({@code var}, {@code record}, ...) or that only a later language level allows. The
     * words of module declarations ({@code module}, {@code to}, {@code with}, ...) are not among them:
     * they are keywords only in {@code module-info.java}, and {@code {to}} is a fine parameter.
     */
    private static final Set<String> RESTRICTED = Set.of("_", "var", "yield", "record", "sealed", "permits",
            "non-sealed", "when");

    /**
     * The most errors a catalog holds, inherited ones included. A catalog larger than one enum is split
     * into enums of {@link NameAllocator#ERRORS_PER_ENUM} behind one interface, so what Java allows is far
     * more; this bounds the work of one run.
     */
    public static final int MAX_ERRORS = 1_000_000;

    /**
     * The longest type name or package segment: each becomes a file or directory name ({@code Name.java},
     * {@code NameMessages_de_CH.properties}), and most file systems take at most 255 bytes.
     */
    public static final int MAX_FILE_NAME_PART = 200;

    private JavaNames() {}

    /** The package segment or type name of {@code name} that is too long for a file name, or null. */
    public static String tooLongPart(String name) {
        for (String part : name.split("\\.")) {
            if (part.length() > MAX_FILE_NAME_PART) {
                return part;
            }
        }
        return null;
    }

    /** An ASCII identifier that no Java version from 8 on reserves. */
    public static boolean isIdentifier(String name) {
        return isAsciiName(name, false)
                && !SourceVersion.isKeyword(name, SourceVersion.latest())
                && !RESTRICTED.contains(name);
    }

    /** {@code [A-Z][A-Z0-9_]*}, and an identifier. */
    public static boolean isConstantName(String name) {
        return isAsciiName(name, true) && name.charAt(0) != '_' && isIdentifier(name);
    }

    /**
     * {@code [A-Za-z_][A-Za-z0-9_]*}, or with {@code upperOnly} no lower-case letter. A loop, not a regex: it
     * runs for every error of a catalog of tens of thousands.
     */
    private static boolean isAsciiName(String name, boolean upperOnly) {
        if (name.isEmpty() || name.charAt(0) >= '0' && name.charAt(0) <= '9') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || !upperOnly && c >= 'a' && c <= 'z';
            if (!letter && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    public static boolean isTypeName(String name) {
        return isIdentifier(name) && Character.isUpperCase(name.charAt(0));
    }

    /** Dot-separated identifiers; the empty string is the unnamed package. */
    public static boolean isPackageName(String name) {
        if (name.isEmpty()) {
            return true;
        }
        for (String part : name.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A package name made of a Maven groupId (or a domain) by the Java Language Specification's conventions
     * (6.1): a character no identifier may hold becomes {@code _}, a part that starts with a digit gets
     * {@code _} before it, a keyword {@code _} after it. {@code com.my-company} becomes {@code com.my_company}.
     */
    public static String packageNameOf(String groupId) {
        StringBuilder out = new StringBuilder(groupId.length() + 4);
        for (String part : groupId.split("\\.", -1)) {
            StringBuilder name = new StringBuilder(part.length() + 2);
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                name.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
            }
            if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
                name.insert(0, '_');
            }
            if (!isIdentifier(name.toString())) {
                name.append('_');
            }
            out.append(out.length() == 0 ? "" : ".").append(name);
        }
        return out.toString();
    }

    /**
     * Whether {@code packageName} is {@code java} or one of its subpackages, which only the JDK may define:
     * javac 9+ refuses to compile into them, and every class loader refuses to load a class of them
     * ("Prohibited package name"), so code generated there compiles for Java 8 and never runs.
     */
    public static boolean isJdkPackage(String packageName) {
        return packageName.equals("java") || packageName.startsWith("java.");
    }

    private static final Pattern UNDERSCORES = Pattern.compile("_+");

    /** {@code TOO_LONG} becomes {@code tooLong}; locale-independent, so Turkish machines agree. */
    public static String lowerCamel(String constantName) {
        StringBuilder out = new StringBuilder();
        for (String word : UNDERSCORES.split(constantName)) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            out.append(out.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return out.toString();
    }
}

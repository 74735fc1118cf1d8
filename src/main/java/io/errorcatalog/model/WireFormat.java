package io.errorcatalog.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.errorcatalog.runtime.CodeMessageShape;
import io.errorcatalog.runtime.ErrorsShape;
import io.errorcatalog.runtime.GoogleRpcShape;
import io.errorcatalog.runtime.MicrosoftShape;
import io.errorcatalog.runtime.ProblemShape;
import io.errorcatalog.runtime.WireShape;

/**
 * How an error travels in a response body, as the API documents it: a shape and its settings.
 *
 * @param settings every setting of the shape (its catalog-wide ones and its per-error ones), the
 *     defaults filled in; a value may be null (a {@code codeField} of null: the body has no code)
 */
public record WireFormat(Shape shape, Map<String, String> settings, SourceLocation location) {

    /**
     * The settings that switch something on, written {@code true} or {@code false}, each with what {@code true}
     * does; the runtime's shapes take them as {@code "true"} or null.
     */
    public static final List<Map.Entry<String, String>> SWITCHES = List.of(
            Map.entry("parameters", "the arguments travel as members"),
            Map.entry("retryable", "bodies say whether a retry can succeed"));

    public WireFormat {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * The shapes of body there are: each is one class of the runtime, which declares the settings it takes.
     * Adding a shape is one runtime class and one constant here.
     */
    public enum Shape {
        /** {@code {"error_code": "403010", "message": "..."}}, member names as the catalog says. */
        CODE_MESSAGE("code-message", CodeMessageShape.class, CodeMessageShape.SETTINGS, CodeMessageShape.DEFAULTS,
                CodeMessageShape.ERROR_SETTINGS, "codeField"),
        /** RFC 9457 problem details: {@code type}, {@code status}, {@code title}, {@code detail}, extensions. */
        PROBLEM("problem", ProblemShape.class, ProblemShape.SETTINGS, ProblemShape.DEFAULTS, ProblemShape.ERROR_SETTINGS),
        /** {@code {"errors": [{"code": "...", "description": "..."}]}}: several errors at once. */
        ERRORS("errors", ErrorsShape.class, ErrorsShape.SETTINGS, ErrorsShape.DEFAULTS, ErrorsShape.ERROR_SETTINGS),
        /** Google's AIP-193 ({@code google.rpc.Status}): {@code {"error": {"code", "message", "status", "details"}}}. */
        GOOGLE_RPC("google-rpc", GoogleRpcShape.class, GoogleRpcShape.SETTINGS, GoogleRpcShape.DEFAULTS,
                GoogleRpcShape.ERROR_SETTINGS),
        /** Microsoft's REST API guidelines: {@code {"error": {"code", "message", "target", "innererror"}}}. */
        MICROSOFT("microsoft", MicrosoftShape.class, MicrosoftShape.SETTINGS, MicrosoftShape.DEFAULTS,
                MicrosoftShape.ERROR_SETTINGS);

        private final String keyword;
        private final Class<? extends WireShape> runtimeClass;
        private final List<String> settings;
        private final List<String> defaults;
        private final List<String> errorSettings;
        private final List<String> nullable;

        /** @param nullable settings a catalog may set to null, where the runtime shape gives null a meaning */
        Shape(String keyword, Class<? extends WireShape> runtimeClass, List<String> settings, List<String> defaults,
                List<String> errorSettings, String... nullable) {
            this.keyword = keyword;
            this.runtimeClass = runtimeClass;
            this.settings = List.copyOf(settings);
            // Not List.copyOf: a default may be null (a problem has no type base unless the catalog gives one).
            this.defaults = Collections.unmodifiableList(new ArrayList<>(defaults));
            this.errorSettings = List.copyOf(errorSettings);
            this.nullable = List.of(nullable);
        }

        /** Whether a catalog may write null for a setting: {@code codeField: null} says the body has no code. */
        public boolean mayBeNull(String setting) {
            return nullable.contains(setting);
        }

        /** The word a catalog uses for this shape. */
        public String keyword() {
            return keyword;
        }

        /** The runtime class that writes and reads this shape; its constructor takes {@link #settings()}. */
        public String runtimeClassName() {
            return runtimeClass.getSimpleName();
        }

        /** The settings a catalog gives for all its errors, in the order of the runtime constructor's parameters. */
        public List<String> settings() {
            return settings;
        }

        /** The settings an error may give for itself alone (a problem's own type). */
        public List<String> errorSettings() {
            return errorSettings;
        }

        /** Whether a {@code wire} key means something to this shape. */
        public boolean takes(String key) {
            return settings.contains(key) || errorSettings.contains(key);
        }

        /** What a setting is where the catalog does not say; null for none. */
        public String defaultOf(String setting) {
            int index = settings.indexOf(setting);
            return index < 0 ? null : defaults.get(index);
        }
    }

    /**
     * The runtime's shape for these settings, as the generated code makes it (its constructor takes the
     * catalog-wide settings in order): what renders a reference's example bodies.
     */
    public WireShape runtimeShape() {
        Class<?>[] types = new Class<?>[shape.settings.size()];
        java.util.Arrays.fill(types, String.class);
        try {
            return shape.runtimeClass.getConstructor(types).newInstance(shape.settings.stream().map(settings::get).toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the runtime's " + shape.runtimeClassName() + " has no public constructor"
                    + " of its settings " + shape.settings, e);
        }
    }

    /** A setting's value, or null. */
    public String setting(String name) {
        return settings.get(name);
    }

    /** Whether a setting is one of the {@link #SWITCHES}, a yes or no. */
    public static boolean isSwitch(String name) {
        return SWITCHES.stream().anyMatch(each -> each.getKey().equals(name));
    }

    /** Whether a setting that switches something on (as {@code parameters} does) is {@code true}. */
    public boolean switchedOn(String name) {
        return "true".equals(setting(name));
    }

    /** code-message: the member holding the code, or null where the body has none. */
    public String codeField() {
        return setting("codeField");
    }

    /** code-message: the member holding the message. */
    public String messageField() {
        return setting("messageField");
    }

    /** problem: the prefix a code is appended to, to make the problem type URI, or null. */
    public String typeBase() {
        return setting("typeBase");
    }

    /** problem: this error's own type URI, where it is not the base plus the code, or null. */
    public String type() {
        return setting("type");
    }

    /**
     * The setting an error gives for itself alone (a problem's own type, the general codes above a
     * Microsoft code), which the runtime takes beside the error's facts; or null.
     */
    public String ownSetting() {
        return shape.errorSettings().isEmpty() ? null : setting(shape.errorSettings().get(0));
    }

    /** The same shape and catalog-wide settings: errors that differ only in their own settings share one. */
    public List<Object> catalogWideKey() {
        List<Object> key = new java.util.ArrayList<>();
        key.add(shape);
        shape.settings().forEach(name -> key.add(settings.get(name)));
        return key;
    }
}

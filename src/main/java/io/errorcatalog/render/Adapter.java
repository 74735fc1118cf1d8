package io.errorcatalog.render;

/** An optional class generated for consumers of a library: only where the build switches it on. */
public enum Adapter {
    /** A Jackson module that writes exceptions as their bodies, and reads parsed bodies. */
    JACKSON("jackson-module.java.mustache", "JacksonModule"),
    /** Spring's {@code ProblemDetail} and {@code ErrorResponseException} from an exception. */
    SPRING("spring-problems.java.mustache", "SpringProblems");

    private final String template;
    private final String suffix;

    Adapter(String template, String suffix) {
        this.template = template;
        this.suffix = suffix;
    }

    String template() {
        return template;
    }

    /** The class name after the catalog's exception stem: {@code PlatformException} gives {@code PlatformJacksonModule}. */
    String className(String exceptionName) {
        return org.apache.commons.lang3.StringUtils.removeEnd(exceptionName, "Exception") + suffix;
    }
}

package io.errorcatalog.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.errorcatalog.write.GeneratedFile;

/**
 * An optional class written beside the runtime, only where the build switches it on: it serves every
 * catalog, and makes the consumer compile against the library it adapts to.
 */
public enum Adapter implements Output {
    /** A Jackson module that writes exceptions as their bodies, and reads parsed bodies. */
    JACKSON("jackson-module.java.mustache", "CatalogJacksonModule"),
    /** Spring's {@code ProblemDetail} and {@code ErrorResponseException} from an exception. */
    SPRING("spring-problems.java.mustache", "CatalogSpringProblems");

    private final String template;
    private final String className;

    Adapter(String template, String className) {
        this.template = template;
        this.className = className;
    }

    /** The adapters a build switches on, by its two switches. */
    public static Set<Adapter> switchedOn(boolean jackson, boolean spring) {
        Set<Adapter> adapters = EnumSet.noneOf(Adapter.class);
        if (jackson) {
            adapters.add(JACKSON);
        }
        if (spring) {
            adapters.add(SPRING);
        }
        return adapters;
    }

    @Override
    public List<GeneratedFile> render(RenderContext run) {
        String origin = "the runtime's " + className;
        Views.FileHeader file = new Views.FileHeader(RenderContext.header(origin), true, run.runtimePackage(), List.of());
        return List.of(run.source(run.runtimePackage(), className, template, new Views.AdapterView(file, className),
                origin));
    }
}

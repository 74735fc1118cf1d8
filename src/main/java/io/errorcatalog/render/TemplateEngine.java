package io.errorcatalog.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;

/**
 * Mustache.java, set up for source code: values are written raw (the views escape them for their
 * target), a name a view does not have is an error instead of an empty string, and a template in the
 * user's template directory replaces the built-in one of the same name.
 */
public final class TemplateEngine {

    /** Where the built-in templates are, on the plugin's class path. */
    public static final String BUILT_IN = "io/errorcatalog/templates/";

    /** The templates there are; a template directory may replace any of them, and holds no others. */
    public static final Set<String> NAMES = Set.of("enum.java.mustache", "catalog-interface.java.mustache",
            "catalog-holder.java.mustache", "exception.java.mustache",
            "group-exception.java.mustache", "messages.properties.mustache", "jackson-module.java.mustache",
            "spring-problems.java.mustache", "reference.html.mustache", "reference-text.html.mustache",
            "reference.md.mustache", "docs-index.html.mustache");

    /** A replacement template failed to render: the user's template, named by its path. */
    public static final class OverrideException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverrideException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DefaultMustacheFactory factory;
    private final Path overrideDirectory;

    /**
     * @param overrideDirectory a directory whose templates replace built-in ones, or null
     * @throws IllegalArgumentException if the directory is missing, or holds a template of another name
     *     (a typo would otherwise leave the built-in template in use without a word)
     */
    public TemplateEngine(Path overrideDirectory) {
        this.overrideDirectory = overrideDirectory;
        if (overrideDirectory != null) {
            checkOverrides(overrideDirectory);
        }
        factory = new RawMustacheFactory(overrideDirectory);
        factory.setObjectHandler(new StrictObjectHandler());
    }

    /** Writes values as they are: each view has escaped them for where its template puts them. */
    private static final class RawMustacheFactory extends DefaultMustacheFactory {

        RawMustacheFactory(Path overrideDirectory) {
            super(name -> open(overrideDirectory, name));
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A name the view does not have is an error, not an empty string. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {

        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            throw new MustacheException("the template uses '" + name + "', which its view does not have");
        }
    }

    private static Reader open(Path overrideDirectory, String name) {
        if (overrideDirectory != null) {
            Path override = overrideDirectory.resolve(name);
            if (Files.isRegularFile(override)) {
                try {
                    return Files.newBufferedReader(override, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read template " + override, e);
                }
            }
        }
        InputStream builtIn = TemplateEngine.class.getClassLoader().getResourceAsStream(BUILT_IN + name);
        return builtIn == null ? null : new InputStreamReader(builtIn, StandardCharsets.UTF_8);
    }

    private static void checkOverrides(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("the templateDirectory " + directory + " does not exist; create it"
                    + " or remove the parameter");
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = directory.relativize(file).toString(); // an entry of the listing: its own name
                if (name.endsWith(".mustache") && !NAMES.contains(name)) {
                    throw new IllegalArgumentException("the templateDirectory holds " + file + ", which replaces no"
                            + " template; the templates are " + new java.util.TreeSet<>(NAMES));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the templateDirectory " + directory, e);
        }
    }

    /**
     * The template, compiled once: outputs render on several threads, and compiling (a user's template may
     * include partials) is done one at a time; executing a compiled template is safe on any thread.
     */
    private synchronized Mustache compiled(String name) {
        return factory.compile(name);
    }

    /**
     * Renders template {@code name} with {@code view}; safe to call from several threads at once.
     *
     * @throws OverrideException where a replacement template is malformed or names what the view lacks
     * @throws MustacheException where a built-in template does: a bug of the plugin
     */
    public String render(String name, Object view) {
        StringWriter out = new StringWriter();
        try {
            compiled(name).execute(out, view);
        } catch (MustacheException e) {
            Path override = overrideDirectory == null ? null : overrideDirectory.resolve(name);
            if (override != null && Files.isRegularFile(override)) {
                throw new OverrideException("the template " + override + " fails: " + e.getMessage(), e);
            }
            throw e;
        }
        // A template saved with Windows line ends must not make the output depend on the machine.
        return out.toString().replace("\r\n", "\n");
    }
}

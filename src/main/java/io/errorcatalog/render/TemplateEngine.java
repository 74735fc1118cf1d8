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

    private final DefaultMustacheFactory factory;

    /** @param overrideDirectory a directory whose templates replace built-in ones, or null */
    public TemplateEngine(Path overrideDirectory) {
        factory = new DefaultMustacheFactory(name -> open(overrideDirectory, name)) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        factory.setObjectHandler(new ReflectionObjectHandler() {
            @Override
            protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
                throw new MustacheException("the template uses '" + name + "', which its view does not have");
            }
        });
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

    /**
     * Renders template {@code name} with {@code view}.
     *
     * @throws MustacheException where the template is missing, malformed or names what the view lacks
     */
    public String render(String name, Object view) {
        Mustache mustache = factory.compile(name);
        StringWriter out = new StringWriter();
        mustache.execute(out, view);
        // A template saved with Windows line ends must not make the output depend on the machine.
        return out.toString().replace("\r\n", "\n");
    }
}

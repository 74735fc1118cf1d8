package io.errorcatalog.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.errorcatalog.model.RuntimeTypes;
import io.errorcatalog.runtime.RuntimeVersion;
import io.errorcatalog.write.GeneratedFile;

/**
 * The runtime, once per run: its sources as they are in this repository, moved to the build's runtime
 * package. Generated code of every catalog of the build, and of modules that reuse it, uses this one copy.
 */
final class RuntimeOutput implements Output {

    private static final String DECLARATION = "package " + RuntimeTypes.SOURCE_PACKAGE + ";\n";

    @Override
    public List<GeneratedFile> render(RenderContext run) {
        String origin = "the runtime " + RuntimeVersion.MAJOR + "." + RuntimeVersion.MINOR;
        String header = "// " + RenderContext.header(origin) + "\n";
        List<GeneratedFile> files = new ArrayList<>();
        for (String type : RuntimeTypes.SOURCES) {
            String source = read(type);
            if (!source.startsWith(DECLARATION)) {
                throw new IllegalStateException("the runtime source " + type + " does not open with " + DECLARATION);
            }
            String relocated = header + "package " + run.runtimePackage() + ";\n" + source.substring(DECLARATION.length());
            files.add(new GeneratedFile(GeneratedFile.Kind.SOURCE,
                    run.runtimePackage().replace('.', '/') + "/" + type + ".java", relocated, origin));
        }
        return files;
    }

    private static String read(String type) {
        String resource = "/" + RuntimeTypes.SOURCE_PACKAGE.replace('.', '/') + "/" + type + ".java";
        try (InputStream in = RuntimeOutput.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin lacks its runtime source " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runtime source " + resource, e);
        }
    }
}

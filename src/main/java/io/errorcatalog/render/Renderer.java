package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.errorcatalog.write.GeneratedFile;

/** Runs every output of a run, in a stable order: the runtime and its adapters, then each catalog's files. */
public final class Renderer {

    private final List<Output> outputs = new ArrayList<>();

    /**
     * @param runtime whether this run writes the runtime (a module that reuses another's does not)
     * @param adapters the adapters to write beside the runtime
     */
    public Renderer(boolean runtime, Set<Adapter> adapters) {
        if (runtime) {
            outputs.add(new RuntimeOutput());
            adapters.stream().sorted().forEach(outputs::add);
        }
        outputs.add(new EnumOutput());
        outputs.add(new ExceptionOutput());
        outputs.add(new BundleOutput());
    }

    public List<GeneratedFile> render(RenderContext run) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Output output : outputs) {
            files.addAll(output.render(run));
        }
        return files;
    }
}

package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.errorcatalog.write.GeneratedFile;

/** Runs outputs of a run, in a stable order. */
public final class Renderer {

    private final List<Output> outputs = new ArrayList<>();

    private Renderer(List<Output> outputs) {
        this.outputs.addAll(outputs);
    }

    /**
     * A renderer of what belongs to no one catalog: the runtime and its adapters.
     *
     * @param runtime whether this run writes the runtime (a module that reuses another's does not); if not,
     *     this renderer renders nothing
     * @param adapters the adapters to write beside the runtime
     */
    public static Renderer shared(boolean runtime, Set<Adapter> adapters) {
        List<Output> outputs = new ArrayList<>();
        if (runtime) {
            outputs.add(new RuntimeOutput());
            adapters.stream().sorted().forEach(outputs::add);
        }
        return new Renderer(outputs);
    }

    /** A renderer of each catalog's own files (its enums, exceptions and bundles), whose origin is the catalog's file. */
    public static Renderer catalogs() {
        return new Renderer(List.of(new EnumOutput(), new ExceptionOutput(), new BundleOutput()));
    }

    /**
     * A renderer of error references rather than code.
     *
     * @param formats the kinds of reference to write
     * @param version the version the references document, or null
     */
    public static Renderer forDocs(Set<DocsFormat> formats, String version) {
        List<Output> outputs = new ArrayList<>();
        formats.stream().sorted().forEach(format -> outputs.addAll(format.outputs(formats, version)));
        return new Renderer(outputs);
    }

    /**
     * Every output's files, in the order of the outputs. The outputs depend on nothing but the run, so they
     * render at once on the machine's cores; the files are the same, in the same order, as one by one.
     */
    public List<GeneratedFile> render(RenderContext run) {
        int threads = Math.min(outputs.size(), Runtime.getRuntime().availableProcessors());
        List<GeneratedFile> files = new ArrayList<>();
        if (threads <= 1) {
            for (Output output : outputs) {
                files.addAll(output.render(run));
            }
            return files;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "error-catalog-renderer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<GeneratedFile>>> rendered = new ArrayList<>();
            for (Output output : outputs) {
                rendered.add(pool.submit(() -> output.render(run)));
            }
            for (Future<List<GeneratedFile>> each : rendered) {
                files.addAll(await(each));
            }
            return files;
        } finally {
            pool.shutdownNow();
        }
    }

    /** An output's files, or what it threw, as it threw it (a broken user template among them). */
    private static List<GeneratedFile> await(Future<List<GeneratedFile>> output) {
        try {
            return output.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}

package io.errorcatalog.bench.jmh;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.errorcatalog.runtime.ErrorCatalog;

/**
 * The first touch of a catalog's {@code CATALOG}: loading its classes and running their initialisation,
 * which builds the catalog. Each measurement is one shot in a class loader of its own, so the classes are
 * new every time (the runtime, in the parent loader, is not); the first shots of each fork are the coldest.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogInitBenchmark {

    /** A new class loader over the compiled catalogs for each shot. */
    @State(Scope.Thread)
    public static class Fresh extends BenchCatalogs.Size {

        URLClassLoader loader;

        @Setup(Level.Invocation)
        public void newLoader() throws IOException {
            loader = BenchCatalogs.load(errors);
        }

        @TearDown(Level.Invocation)
        public void closeLoader() throws IOException {
            loader.close();
        }
    }

    /** {@code BenchError.CATALOG}, read for the first time in its class loader. */
    @Benchmark
    public ErrorCatalog<?, ?> firstTouch(Fresh fresh) throws ReflectiveOperationException {
        return GeneratedCodeBenchmark.catalog(fresh.loader, BenchCatalogs.CODE_MESSAGE);
    }
}

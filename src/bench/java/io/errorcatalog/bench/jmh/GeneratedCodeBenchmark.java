package io.errorcatalog.bench.jmh;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import io.errorcatalog.runtime.CatalogError;
import io.errorcatalog.runtime.CatalogException;
import io.errorcatalog.runtime.ErrorCatalog;

/**
 * The generated code at run time, through the runtime's types as an application calls it: each call goes
 * to one of {@value #SAMPLE} errors spread evenly over the catalog, in turn, so a large catalog is
 * measured across its tables and bundles rather than at one hot entry.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GeneratedCodeBenchmark {

    /** How many errors the calls go to, a power of two. */
    static final int SAMPLE = 1024;

    /** The compiled catalogs of one size, loaded once per fork; read-only, shared by every thread. */
    @State(Scope.Benchmark)
    public static class Catalog extends BenchCatalogs.Size {

        private URLClassLoader loader;
        ErrorCatalog<?, ?> codeMessage;
        ErrorCatalog<?, ?> problems;
        final CatalogError[] sample = new CatalogError[SAMPLE];
        final String[] codes = new String[SAMPLE];
        final List<Map<String, Object>> codeMessageBodies = new ArrayList<>();
        final List<Map<String, Object>> problemBodies = new ArrayList<>();

        @Setup(Level.Trial)
        public void load() throws ReflectiveOperationException, IOException {
            loader = BenchCatalogs.load(errors);
            codeMessage = catalog(loader, BenchCatalogs.CODE_MESSAGE);
            problems = catalog(loader, BenchCatalogs.PROBLEMS);
            for (int i = 0; i < SAMPLE; i++) {
                // UNKNOWN, last, is left out: it has no code.
                CatalogError error = codeMessage.errors().get((int) ((long) i * errors / SAMPLE));
                sample[i] = error;
                codes[i] = error.code();
                Map<String, Object> codeMessageBody = new LinkedHashMap<>();
                codeMessageBody.put("error_code", error.code());
                codeMessageBody.put("message", error.message(Locale.ENGLISH, 5));
                codeMessageBodies.add(codeMessageBody);
                Map<String, Object> problemBody = new LinkedHashMap<>();
                problemBody.put("type", BenchCatalogs.TYPE_BASE + error.code());
                problemBody.put("status", error.httpStatus());
                problemBody.put("title", error.title(Locale.ENGLISH));
                problemBody.put("detail", error.message(Locale.ENGLISH, 5));
                problemBodies.add(problemBody);
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            loader.close();
        }
    }

    /** The locale texts are asked in: the default locale, or one the catalog has only through its parent. */
    @State(Scope.Benchmark)
    public static class Language {

        @Param({"en", "de-CH"})
        public String tag;

        Locale locale;

        @Setup(Level.Trial)
        public void parse() {
            locale = Locale.forLanguageTag(tag);
        }
    }

    /** Which of the sample the next call goes to; one per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next() {
            return next++ & (SAMPLE - 1);
        }
    }

    static ErrorCatalog<?, ?> catalog(ClassLoader loader, String type) throws ReflectiveOperationException {
        return (ErrorCatalog<?, ?>) loader.loadClass(type).getField("CATALOG").get(null);
    }

    /** {@code CATALOG.byCode(code)}: a wire code to its error. */
    @Benchmark
    public Optional<?> byCode(Catalog catalog, Cursor cursor) {
        return catalog.codeMessage.byCode(catalog.codes[cursor.next()]);
    }

    /** {@code error.title(locale)}: one localized text, found along the locale's bundles. */
    @Benchmark
    public String title(Catalog catalog, Language language, Cursor cursor) {
        return catalog.sample[cursor.next()].title(language.locale);
    }

    /** {@code error.message(locale, 12345)}: the text found as for a title, its pattern parsed (once) and formatted. */
    @Benchmark
    public String message(Catalog catalog, Language language, Cursor cursor) {
        return catalog.sample[cursor.next()].message(language.locale, 12345);
    }

    /** {@link #message} from as many threads as the machine has cores, at once: formatting shares no state. */
    @Benchmark
    @Threads(Threads.MAX)
    public String messageThreads(Catalog catalog, Language language, Cursor cursor) {
        return message(catalog, language, cursor);
    }

    /** {@code CATALOG.decode(400, body, null)} of {@code {"error_code": ..., "message": ...}}. */
    @Benchmark
    public CatalogException decodeCodeMessage(Catalog catalog, Cursor cursor) {
        return catalog.codeMessage.decode(400, catalog.codeMessageBodies.get(cursor.next()), null);
    }

    /** {@code CATALOG.decode(status, body, null)} of a problem ({@code type}, {@code status}, {@code title}, {@code detail}). */
    @Benchmark
    public CatalogException decodeProblem(Catalog catalog, Cursor cursor) {
        Map<String, Object> body = catalog.problemBodies.get(cursor.next());
        return catalog.problems.decode((Integer) body.get("status"), body, null);
    }
}

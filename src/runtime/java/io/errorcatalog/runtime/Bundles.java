package io.errorcatalog.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One catalog's message bundles, read by hand: {@code ResourceBundle.getBundle} with a {@code Control} is
 * refused in a named module, and each catalog's bundles are read through its own class, so that a
 * catalog in another module than this runtime still finds them.
 */
@Generated
final class Bundles {

    /**
     * How many locales other than the catalog's own keep their chain. Locales come from clients
     * ({@code Accept-Language}), so they are not kept without bound: past this many, another locale's chain
     * is worked out on each lookup, as correct and only slower.
     */
    static final int OTHER_LOCALES = 64;

    /** The JDK's names of bundles, and each locale's chain of them (Chinese scripts, Norwegian...). */
    static final ResourceBundle.Control NAMES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Stands for a file that is not there, which the cache cannot hold as null. */
    private static final ResourceBundle ABSENT = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[0][];
        }
    };

    private final String baseName;
    private final Class<?> owner;
    private final Set<Locale> locales;
    /** The bundle name suffixes of the catalog's locales, such as {@code _de_CH}: the files a text may be in. */
    private final Set<String> suffixes = new HashSet<>();
    /** By locale: the file read once; at most one per locale of the catalog, and the base file. */
    private final ConcurrentHashMap<Locale, ResourceBundle> files = new ConcurrentHashMap<>();
    /**
     * By locale asked for: its chain, worked out once (a list of candidate locales and their names), those of
     * the catalog's locales always kept.
     */
    private final BoundedCache<Locale, List<ResourceBundle>> chains = new BoundedCache<>(OTHER_LOCALES);

    /**
     * The bundles of a catalog.
     *
     * @param baseName the bundles' base name
     * @param locales the catalog's locales
     * @param owner the class whose class loader and module the files are read through
     */
    Bundles(String baseName, List<Locale> locales, Class<?> owner) {
        this.baseName = baseName;
        this.owner = owner;
        this.locales = new HashSet<>(locales);
        for (Locale locale : locales) {
            suffixes.add(NAMES.toBundleName("", locale));
        }
    }

    /**
     * The bundles a text in {@code locale} is looked up in, nearest first: those of the locale and of its
     * parents that the catalog has (a key missing from one, an untranslated text, is looked up in the
     * next), then the base bundle, which holds the catalog's default locale and every text of it. Only
     * the catalog's own files are ever opened, so a client's arbitrary {@code Accept-Language} costs no
     * class path search, and it grows no cache past {@link #OTHER_LOCALES}.
     *
     * @param locale the locale asked for
     * @return the chain, which the caller does not change
     */
    List<ResourceBundle> chain(Locale locale) {
        List<ResourceBundle> chain = chains.get(locale);
        if (chain != null) {
            return chain;
        }
        return chains.keep(locale, Collections.unmodifiableList(candidates(locale)), locales.contains(locale));
    }

    private List<ResourceBundle> candidates(Locale locale) {
        List<ResourceBundle> chain = new ArrayList<>(3);
        for (Locale candidate : NAMES.getCandidateLocales(baseName, locale)) {
            boolean base = candidate.equals(Locale.ROOT);
            ResourceBundle bundle = base || suffixes.contains(NAMES.toBundleName("", candidate)) ? bundle(candidate)
                    : null;
            if (bundle != null) {
                chain.add(bundle);
            } else if (base) {
                throw new MissingResourceException("no message bundle " + baseName + " on the class path", baseName,
                        "");
            }
        }
        return chain;
    }

    /**
     * The bundle file of exactly one locale, read once; null where there is none (a locale whose file was
     * left out of the jar: its texts fall back as if untranslated).
     */
    private ResourceBundle bundle(Locale locale) {
        ResourceBundle cached = files.get(locale);
        if (cached != null) {
            return cached == ABSENT ? null : cached;
        }
        String resource = "/" + NAMES.toBundleName(baseName, locale).replace('.', '/') + ".properties";
        try (InputStream in = owner.getResourceAsStream(resource)) {
            ResourceBundle bundle = in == null ? ABSENT : new PropertyResourceBundle(in);
            ResourceBundle raced = files.putIfAbsent(locale, bundle);
            ResourceBundle kept = raced != null ? raced : bundle;
            return kept == ABSENT ? null : kept;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

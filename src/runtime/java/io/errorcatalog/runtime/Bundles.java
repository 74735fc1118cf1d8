package io.errorcatalog.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogs' message bundles, read by hand: {@code ResourceBundle.getBundle} with a {@code Control} is
 * refused in a named module, and each catalog's bundles are read through its own class, so that a
 * catalog in another module than this runtime still finds them.
 */
@Generated
final class Bundles {

    private static final ResourceBundle.Control NAMES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Stands for a file that is not there, which the cache cannot hold as null. */
    private static final ResourceBundle ABSENT = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[0][];
        }
    };

    /**
     * By bundle file: at most one entry per file of a catalog's locales (only those are ever asked for),
     * whatever locales callers ask for.
     */
    private static final ConcurrentHashMap<String, ResourceBundle> CACHE = new ConcurrentHashMap<>();

    private Bundles() {
    }

    /**
     * The bundles a text in {@code locale} is looked up in, nearest first: those of the locale and of its
     * parents that the catalog has (a key missing from one, an untranslated text, is looked up in the
     * next), then the base bundle, which holds the catalog's default locale and every text of it. Only
     * the catalog's own files are ever opened, so a client's arbitrary {@code Accept-Language} costs no
     * class path search and grows no cache.
     *
     * @param bundleSuffixes the bundle name suffixes of the catalog's locales, such as {@code _de_CH}
     */
    static List<ResourceBundle> chain(String baseName, Locale locale, Set<String> bundleSuffixes, Class<?> owner) {
        List<ResourceBundle> chain = new ArrayList<>(3);
        for (Locale candidate : NAMES.getCandidateLocales(baseName, locale)) {
            boolean base = candidate.equals(Locale.ROOT);
            ResourceBundle bundle = base || bundleSuffixes.contains(NAMES.toBundleName("", candidate))
                    ? bundle(baseName, candidate, owner) : null;
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
    private static ResourceBundle bundle(String baseName, Locale locale, Class<?> owner) {
        String resource = "/" + NAMES.toBundleName(baseName, locale).replace('.', '/') + ".properties";
        ResourceBundle cached = CACHE.get(resource);
        if (cached != null) {
            return cached == ABSENT ? null : cached;
        }
        try (InputStream in = owner.getResourceAsStream(resource)) {
            ResourceBundle bundle = in == null ? ABSENT : new PropertyResourceBundle(in);
            ResourceBundle raced = CACHE.putIfAbsent(resource, bundle);
            ResourceBundle kept = raced != null ? raced : bundle;
            return kept == ABSENT ? null : kept;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

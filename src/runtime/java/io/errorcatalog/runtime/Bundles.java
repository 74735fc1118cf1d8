package io.errorcatalog.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Locale;
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

    /** By bundle file: at most one entry per file, whatever locales callers ask for. */
    private static final ConcurrentHashMap<String, ResourceBundle> CACHE = new ConcurrentHashMap<>();

    private Bundles() {
    }

    /**
     * The bundle of a locale: the file of the locale or of its nearest parent, else the base file (the
     * catalog's default locale), never the JVM's default locale.
     */
    static ResourceBundle bundle(String baseName, Locale locale, Class<?> owner) {
        for (Locale candidate : NAMES.getCandidateLocales(baseName, locale)) {
            String resource = "/" + NAMES.toBundleName(baseName, candidate).replace('.', '/') + ".properties";
            ResourceBundle cached = CACHE.get(resource);
            if (cached != null) {
                return cached;
            }
            try (InputStream in = owner.getResourceAsStream(resource)) {
                if (in != null) {
                    ResourceBundle bundle = new PropertyResourceBundle(in);
                    ResourceBundle raced = CACHE.putIfAbsent(resource, bundle);
                    return raced != null ? raced : bundle;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        throw new MissingResourceException("no message bundle " + baseName + " on the class path", baseName, "");
    }
}

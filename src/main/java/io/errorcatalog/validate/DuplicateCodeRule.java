package io.errorcatalog.validate;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.Tag;

/**
 * A constant name, and a code or an alias, names one error: within a catalog, inherited errors included, and
 * across the catalogs of one Java package, which are one API's errors split over files. A duplicate is
 * reported at the later definition, naming the earlier one's place.
 */
final class DuplicateCodeRule implements CatalogSetRule {

    @Override
    public void check(CatalogSet set, Consumer<Diagnostic> out) {
        for (Catalog catalog : set.catalogs()) {
            if (ExtendsRule.lineageComplete(set, catalog)) {
                Set<ErrorEntry> own = Collections.newSetFromMap(new IdentityHashMap<>());
                own.addAll(catalog.errors());
                Scope inherited = new Scope(out, "", "rename one", "a code names one error");
                for (ErrorEntry error : set.resolve(catalog).errors()) {
                    // A clash among inherited errors is the parent's, and reported there.
                    inherited.define(error, earlier -> own.contains(error));
                }
            }
        }
        Map<String, Scope> byPackage = new HashMap<>();
        Map<ErrorEntry, Catalog> declaredIn = new IdentityHashMap<>();
        for (Catalog catalog : set.catalogs()) {
            Scope javaPackage = byPackage.computeIfAbsent(set.resolve(catalog).javaPackage(), name -> new Scope(out,
                    ", in a catalog of the same package " + name,
                    "rename one, or give the catalogs packages of their own",
                    "a code names one error of an API; change one, or, if the catalogs are two APIs, give them"
                            + " packages of their own"));
            for (ErrorEntry error : catalog.errors()) {
                declaredIn.put(error, catalog);
                // A catalog and one it extends are exempt: sharing is what extending means, and clashes
                // between them are reported within the child.
                javaPackage.define(error, earlier -> unrelated(set, catalog, declaredIn.get(earlier)));
            }
        }
    }

    private static boolean unrelated(CatalogSet set, Catalog one, Catalog other) {
        return one != other && !set.ancestors(one).contains(other) && !set.ancestors(other).contains(one);
    }

    /** Where names and codes must be unique: the first definition of each, and how diagnostics name the scope. */
    private static final class Scope {
        private final Map<String, ErrorEntry> byName = new HashMap<>();
        /** The first error to claim each code, as its code or an alias. */
        private final Map<String, Claim> byCode = new HashMap<>();
        private final Consumer<Diagnostic> out;
        private final String where;
        private final String nameFix;
        private final String codeFix;

        Scope(Consumer<Diagnostic> out, String where, String nameFix, String codeFix) {
            this.out = out;
            this.where = where;
            this.nameFix = nameFix;
            this.codeFix = codeFix;
        }

        /** Reports {@code error} where it repeats an earlier name or code that {@code clashes} with it. */
        void define(ErrorEntry error, Predicate<ErrorEntry> clashes) {
            ErrorEntry sameName = byName.putIfAbsent(error.name(), error);
            if (sameName != null && clashes.test(sameName)) {
                out.accept(new Diagnostic(error.location(), Tag.DUPLICATE_NAME, "the constant " + error.name()
                        + " is already defined at " + sameName.location() + where + "; " + nameFix));
            }
            define(error, error.code(), clashes, "code");
            for (Located<String> alias : error.aliases()) {
                define(error, alias, clashes, "alias");
            }
        }

        /** A code or an alias: both are codes a client may receive, and each names one error. */
        private void define(ErrorEntry error, Located<String> code, Predicate<ErrorEntry> clashes, String kind) {
            if (code.value() == null) {
                return;
            }
            Claim earlier = byCode.putIfAbsent(code.value(), new Claim(error, code, kind));
            if (earlier != null && clashes.test(earlier.error())) {
                out.accept(new Diagnostic(code.location(), Tag.DUPLICATE_CODE, "the " + kind + " '" + code.value()
                        + "' of " + error.name() + " is already the " + earlier.kind() + " of " + earlier.error().name()
                        + " at " + earlier.code().location() + where + "; " + codeFix));
            }
        }
    }

    private record Claim(ErrorEntry error, Located<String> code, String kind) {}
}

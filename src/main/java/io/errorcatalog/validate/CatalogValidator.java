package io.errorcatalog.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.lang3.StringUtils;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Group;
import io.errorcatalog.model.JavaNames;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;
import io.errorcatalog.model.WireFormat;

/** Checks a {@link CatalogSet}; returns every problem found, sorted by place. */
public final class CatalogValidator {

    /** Lower-case words joined by '-', starting with a letter, so the Java names made from them are legal. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public List<Diagnostic> validate(CatalogSet set) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Catalog> firstById = new HashMap<>();
        for (Catalog catalog : set.catalogs()) {
            Catalog first = firstById.putIfAbsent(catalog.id().value(), catalog);
            if (first != null) {
                diagnostics.add(new Diagnostic(catalog.id().location(), Tag.DUPLICATE_CATALOG_ID, "catalog id '"
                        + catalog.id().value() + "' is already used at " + first.id().location()
                        + "; give each catalog its own id"));
            }
            new OneCatalog(set, catalog, diagnostics).check();
        }
        checkAcrossOnePackage(set, diagnostics);
        diagnostics.sort(null);
        return diagnostics;
    }

    /**
     * Catalogs in one Java package are one API's errors split over files: a code or a constant name that
     * two of them declare is reported at the later. A catalog and one it extends are exempt: sharing is
     * what extending means, and clashes there are reported within the child.
     */
    private static void checkAcrossOnePackage(CatalogSet set, List<Diagnostic> diagnostics) {
        Map<String, Map<String, ErrorEntry>> codesByPackage = new HashMap<>();
        Map<String, Map<String, ErrorEntry>> namesByPackage = new HashMap<>();
        Map<ErrorEntry, Catalog> declaredIn = new HashMap<>();
        for (Catalog catalog : set.catalogs()) {
            String javaPackage = set.resolve(catalog).javaPackage();
            Map<String, ErrorEntry> codes = codesByPackage.computeIfAbsent(javaPackage, p -> new HashMap<>());
            Map<String, ErrorEntry> names = namesByPackage.computeIfAbsent(javaPackage, p -> new HashMap<>());
            for (ErrorEntry error : catalog.errors()) {
                declaredIn.put(error, catalog);
                ErrorEntry sameName = names.putIfAbsent(error.name(), error);
                if (sameName != null && unrelated(set, catalog, declaredIn.get(sameName))) {
                    diagnostics.add(new Diagnostic(error.location(), Tag.DUPLICATE_NAME, "the constant " + error.name()
                            + " is already defined at " + sameName.location() + ", in a catalog of the same package "
                            + javaPackage + "; rename one, or give the catalogs packages of their own"));
                }
                String code = error.code().value();
                ErrorEntry sameCode = code == null ? null : codes.putIfAbsent(code, error);
                if (sameCode != null && unrelated(set, catalog, declaredIn.get(sameCode))) {
                    diagnostics.add(new Diagnostic(error.code().location(), Tag.DUPLICATE_CODE, "the code '" + code
                            + "' of " + error.name() + " is already the code of " + sameCode.name() + " at "
                            + sameCode.code().location() + ", in a catalog of the same package " + javaPackage
                            + "; a code names one error of an API"));
                }
            }
        }
    }

    private static boolean unrelated(CatalogSet set, Catalog one, Catalog other) {
        return one != other && !set.ancestors(one).contains(other) && !set.ancestors(other).contains(one);
    }

    /** The checks of one catalog. */
    private static final class OneCatalog {
        private final CatalogSet set;
        private final Catalog catalog;
        private final List<Diagnostic> diagnostics;
        private final List<String> locales;
        private final Set<SourceLocation> reportedGroups = new java.util.HashSet<>();

        OneCatalog(CatalogSet set, Catalog catalog, List<Diagnostic> diagnostics) {
            this.set = set;
            this.catalog = catalog;
            this.diagnostics = diagnostics;
            this.locales = catalog.localeTags();
        }

        private void report(SourceLocation at, Tag tag, String message) {
            diagnostics.add(new Diagnostic(at, tag, message));
        }

        void check() {
            if (!ID.matcher(catalog.id().value()).matches()) {
                report(catalog.id().location(), Tag.INVALID_ID, "catalog id '" + catalog.id().value()
                        + "' must be lower-case letters and digits in words joined by '-', starting with a letter,"
                        + " such as 'payments-api'");
            }
            checkJavaName(catalog.javaPackage(), JavaNames::isPackageName, "package name",
                    "dot-separated Java identifiers, such as com.example.errors");
            checkJavaName(catalog.enumName(), JavaNames::isTypeName, "enum name", "a Java type name such as PaymentError");
            checkJavaName(catalog.exceptionName(), JavaNames::isTypeName, "exception name",
                    "a Java type name such as PaymentException");
            checkLocales();
            checkDocsBase();
            boolean lineageComplete = checkExtends();
            for (Group group : catalog.groups().values()) {
                checkGroup(group);
            }
            ResolvedCatalog resolved = set.resolve(catalog);
            if (catalog.javaPackage() == null && !JavaNames.isPackageName(resolved.javaPackage())) {
                report(catalog.id().location(), Tag.INVALID_JAVA_NAME, "catalog '" + catalog.id().value() + "' names"
                        + " no 'package', and the plugin's defaultPackage '" + resolved.javaPackage() + "' is not a"
                        + " Java package name; fix defaultPackage (dot-separated identifiers) or give the catalog a"
                        + " 'package'");
            }
            if (lineageComplete) {
                checkNames(resolved);
            }
            if (resolved.errors().size() > JavaNames.MAX_ENUM_CONSTANTS) {
                report(catalog.id().location(), Tag.TOO_MANY_ERRORS, "catalog '" + catalog.id().value() + "' has "
                        + resolved.errors().size() + " errors (inherited ones included), more than the "
                        + JavaNames.MAX_ENUM_CONSTANTS + " one generated enum can hold (the JVM limits a class"
                        + " initializer to 64 KiB); split it into several catalogs");
            }
            checkWires();
            Set<String> groupIds = new HashSet<>();
            resolved.groups().forEach(group -> groupIds.add(group.group().id()));
            for (ErrorEntry error : catalog.errors()) {
                checkError(error, groupIds);
            }
        }

        /** Wire formats that would write a body a client cannot read back, or a type that is no URI. */
        private void checkWires() {
            Map<String, ErrorEntry> byOwnType = new HashMap<>();
            Set<WireFormat> checked = new HashSet<>();
            for (ErrorEntry error : catalog.errors()) {
                WireFormat wire = error.wire();
                if (wire == null) {
                    continue;
                }
                if (checked.add(wire) && wire.shape() == WireFormat.Shape.CODE_MESSAGE
                        && wire.messageField().equals(wire.codeField())) {
                    report(wire.location(), Tag.WIRE_MEMBERS_CLASH, "'codeField' and 'messageField' are both '"
                            + wire.codeField() + "'; the message would overwrite the code: name two members");
                }
                if (wire.shape() != WireFormat.Shape.PROBLEM) {
                    continue;
                }
                if (wire.type() != null) {
                    checkUri(wire.type(), wire.location(), "the problem type of " + error.name());
                    ErrorEntry sameType = byOwnType.putIfAbsent(wire.type(), error);
                    if (sameType != null) {
                        report(error.location(), Tag.DUPLICATE_PROBLEM_TYPE, error.name() + " has the problem type "
                                + wire.type() + " of " + sameType.name() + " at " + sameType.location()
                                + "; a client could not tell them apart: give each its own type");
                    }
                } else if (wire.typeBase() != null && error.code().value() != null) {
                    checkUri(wire.typeBase() + error.code().value(), error.code().location(),
                            "the problem type of " + error.name() + " ('typeBase' and its code)");
                }
            }
        }

        private void checkUri(String uri, SourceLocation at, String what) {
            try {
                new URI(uri);
            } catch (URISyntaxException e) {
                report(at, Tag.INVALID_URL, what + ", " + uri + ", is no URI: " + e.getReason()
                        + "; make it one (a code with spaces needs 'type' of its own)");
            }
        }

        private void checkJavaName(Located<String> name, java.util.function.Predicate<String> rule, String what,
                String expected) {
            if (name != null && !rule.test(name.value())) {
                report(name.location(), Tag.INVALID_JAVA_NAME, what + " '" + name.value() + "' is not usable in"
                        + " Java (it must be " + expected + ", in ASCII, and no reserved word); rename it");
            } else if (name != null && JavaNames.TYPES_USED_BY_GENERATED_CODE.contains(name.value())) {
                report(name.location(), Tag.RESERVED_JAVA_NAME, what + " '" + name.value()
                        + "' would hide the type of that name the generated code uses; choose another");
            }
        }

        private void checkLocales() {
            // Keyed by bundle file: de and de-u-co-phonebk are two locales but one _de.properties.
            ResourceBundle.Control bundles = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            Map<String, Located<String>> seen = new HashMap<>();
            for (Located<String> tag : catalog.locales()) {
                Locale locale;
                try {
                    locale = new Locale.Builder().setLanguageTag(tag.value()).build();
                } catch (IllformedLocaleException e) {
                    report(tag.location(), Tag.INVALID_LOCALE, "'" + tag.value() + "' is not a well-formed BCP 47"
                            + " language tag; write one such as en, de-CH or zh-Hant-TW");
                    continue;
                }
                if (locale.getLanguage().isEmpty()) {
                    report(tag.location(), Tag.INVALID_LOCALE, "'" + tag.value() + "' names no language; write"
                            + " a tag that starts with one, such as en or de-CH");
                    continue;
                }
                Located<String> earlier = seen.putIfAbsent(bundles.toBundleName("", locale), tag);
                if (earlier != null) {
                    report(tag.location(), Tag.DUPLICATE_LOCALE, "locale '" + tag.value() + "' has the same message"
                            + " bundle as '" + earlier.value() + "' at " + earlier.location() + "; list each locale once");
                }
            }
        }

        private void checkDocsBase() {
            if (catalog.docsBase() == null) {
                return;
            }
            SourceLocation at = catalog.docsBase().location();
            try {
                if (!new URI(catalog.docsBase().value()).isAbsolute()) {
                    report(at, Tag.INVALID_URL, "'docs' of the catalog must be an absolute URL such as"
                            + " https://example.com/errors, not '" + catalog.docsBase().value() + "'");
                }
            } catch (URISyntaxException e) {
                report(at, Tag.INVALID_URL, "'docs' of the catalog is not a URL: " + e.getMessage());
            }
        }

        /** @return whether the whole chain of parents is there, so inherited names can be checked */
        private boolean checkExtends() {
            Located<String> parentId = catalog.extendsId();
            if (parentId == null) {
                return true;
            }
            if (set.byId(parentId.value()).isEmpty()) {
                String known = set.catalogs().stream().map(other -> other.id().value())
                        .filter(id -> !id.equals(catalog.id().value())).sorted().toList().toString();
                report(parentId.location(), Tag.UNKNOWN_CATALOG, "catalog '" + catalog.id().value()
                        + "' extends '" + parentId.value() + "', but no catalog has that id; the ids are " + known);
                return false;
            }
            List<Catalog> ancestors = set.ancestors(catalog);
            Catalog last = ancestors.isEmpty() ? catalog : ancestors.get(ancestors.size() - 1);
            if (last.extendsId() != null) {
                boolean cycle = set.byId(last.extendsId().value()).isPresent();
                if (cycle) {
                    List<String> path = new ArrayList<>();
                    path.add(catalog.id().value());
                    ancestors.forEach(ancestor -> path.add(ancestor.id().value()));
                    path.add(last.extendsId().value());
                    report(parentId.location(), Tag.EXTENDS_CYCLE, "catalogs extend each other in a circle ("
                            + String.join(" -> ", path) + "); remove one 'extends'");
                }
                return false;
            }
            Catalog parent = ancestors.get(0);
            for (Located<String> tag : catalog.locales()) {
                if (!parent.localeTags().contains(tag.value())) {
                    report(tag.location(), Tag.LOCALE_NOT_INHERITED, "catalog '" + catalog.id().value()
                            + "' extends '" + parent.id().value() + "', which has no texts in '" + tag.value()
                            + "'; list only locales of " + parent.localeTags());
                }
            }
            return true;
        }

        private void checkGroup(Group group) {
            if (!ID.matcher(group.id()).matches()) {
                report(group.location(), Tag.INVALID_ID, "group id '" + group.id() + "' must be lower-case"
                        + " letters and digits in words joined by '-', starting with a letter, such as 'validation'");
            }
            if (group.exceptionName() != null) {
                checkJavaName(group.exceptionName(), JavaNames::isTypeName,
                        "exception name", "a Java type name such as PaymentValidationException");
            }
        }

        /** Constant names and codes are unique over the whole catalog, inherited errors included. */
        private void checkNames(ResolvedCatalog resolved) {
            Map<String, ErrorEntry> byName = new HashMap<>();
            Map<String, ErrorEntry> byCode = new HashMap<>();
            Set<ErrorEntry> ownErrors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            ownErrors.addAll(catalog.errors());
            for (ErrorEntry error : resolved.errors()) {
                // A clash among inherited errors is the parent's, and reported there.
                boolean own = ownErrors.contains(error);
                ErrorEntry earlier = byName.putIfAbsent(error.name(), error);
                if (earlier != null && own) {
                    report(error.location(), Tag.DUPLICATE_NAME, "the constant " + error.name()
                            + " is already defined at " + earlier.location() + "; rename one");
                }
                String code = error.code().value();
                if (code != null) {
                    ErrorEntry sameCode = byCode.putIfAbsent(code, error);
                    if (sameCode != null && own) {
                        report(error.code().location(), Tag.DUPLICATE_CODE, "the code '" + code + "' of "
                                + error.name() + " is already the code of " + sameCode.name() + " at "
                                + sameCode.code().location() + "; a code names one error");
                    }
                }
            }
            if (catalog.enumName() == null) {
                checkDerivedName(resolved.enumName());
            }
            if (catalog.exceptionName() == null) {
                checkDerivedName(resolved.exceptionName());
            }
            for (ResolvedCatalog.ResolvedGroup group : resolved.groups()) {
                if (group.group().exceptionName() == null || catalog.groups().get(group.group().id()) != group.group()) {
                    checkDerivedName(group.exceptionName());
                }
            }
            Set<String> typeNames = new LinkedHashSet<>();
            typeNames.add(resolved.enumName());
            for (String type : typeNamesOf(resolved)) {
                if (!typeNames.add(type)) {
                    report(catalog.id().location(), Tag.DUPLICATE_TYPE, "catalog '" + catalog.id().value()
                            + "' would generate two types named " + type + "; set 'exception' of a group"
                            + " or of the catalog to tell them apart");
                }
            }
        }

        /**
         * Names the catalog does not write but that are made from its id, its enum name or a group id; not
         * where an id is already reported, as the name follows from it.
         */
        private void checkDerivedName(String type) {
            boolean sourcesFine = ID.matcher(catalog.id().value()).matches()
                    && (catalog.enumName() == null || usableTypeName(catalog.enumName().value()))
                    && (catalog.exceptionName() == null || usableTypeName(catalog.exceptionName().value()));
            if (sourcesFine && !usableTypeName(type)) {
                report(catalog.id().location(), Tag.INVALID_JAVA_NAME, "catalog '" + catalog.id().value()
                        + "' would generate a type named " + type + ", which Java or the generated code cannot"
                        + " use; set 'enum', 'exception' or a group's 'exception' to a name of your own");
            }
        }

        private static boolean usableTypeName(String type) {
            return JavaNames.isTypeName(type) && !JavaNames.TYPES_USED_BY_GENERATED_CODE.contains(type);
        }

        private static List<String> typeNamesOf(ResolvedCatalog resolved) {
            List<String> names = new ArrayList<>();
            names.add(resolved.exceptionName());
            resolved.groups().forEach(group -> names.add(group.exceptionName()));
            return names;
        }

        private void checkError(ErrorEntry error, Set<String> groupIds) {
            String what = "error " + error.name();
            if (!JavaNames.isConstantName(error.name())) {
                report(error.location(), Tag.INVALID_JAVA_NAME, "the constant name " + error.name() + " must be"
                        + " upper-case ASCII letters, digits and '_', starting with a letter, such as NOT_FOUND");
            } else if (JavaNames.CONSTANTS_USED_BY_GENERATED_CODE.contains(error.name())) {
                report(error.location(), Tag.RESERVED_JAVA_NAME, "the constant name " + error.name()
                        + " is taken by the generated enum itself; choose another");
            }
            if (error.code().value() != null && error.code().value().isEmpty()) {
                report(error.code().location(), Tag.EMPTY_CODE, "'code' of " + what + " is empty; write the"
                        + " code the API sends, or null if it sends none");
            }
            Set<String> declared = new LinkedHashSet<>();
            for (Parameter param : error.params()) {
                if (!MessageTemplate.isParameterName(param.name()) || !JavaNames.isIdentifier(param.name())) {
                    report(param.location(), Tag.INVALID_PARAMETER_NAME, "parameter '" + param.name() + "' of "
                            + what + " must be ASCII letters and digits starting with a lower-case letter, and no Java"
                            + " reserved word, such as 'field' or 'maxLength'");
                }
                declared.add(param.name());
            }
            if (error.title() != null) {
                checkLocalized(error.title(), "'title' of " + what);
            }
            if (error.message() != null) {
                checkLocalized(error.message(), "'message' of " + what);
                for (String locale : locales) {
                    Located<String> text = error.message().byLocale().get(locale);
                    if (text != null) {
                        checkTemplate(text, locale, declared, what);
                    }
                }
            }
            checkLocalized(error.causes(), "'causes' of " + what);
            checkLocalized(error.solutions(), "'solutions' of " + what);
            // An unknown group in 'defaults' is one mistake, however many errors take it: reported once.
            if (error.group() != null && !groupIds.contains(error.group().value())
                    && reportedGroups.add(error.group().location())) {
                report(error.group().location(), Tag.UNKNOWN_GROUP, what + " is in group '" + error.group().value()
                        + "', which the catalog does not declare; declare it under 'groups' or use one of "
                        + new java.util.TreeSet<>(groupIds));
            }
            if (error.docs() != null) {
                checkDocs(error, what);
            }

        }

        private void checkLocalized(LocalizedText text, String what) {
            checkLocaleKeys(text.byLocale().keySet(), text.byLocale(), text.location(), what);
        }

        private void checkLocalized(LocalizedList list, String what) {
            if (!list.isEmpty()) {
                checkLocaleKeys(list.byLocale().keySet(), list.byLocale(), list.location(), what);
            }
        }

        private void checkLocaleKeys(Set<String> present, Map<String, ? extends Located<?>> values,
                SourceLocation at, String what) {
            for (String locale : locales) {
                if (!present.contains(locale)) {
                    report(at, Tag.MISSING_TRANSLATION, what + " has no '" + locale + "' text; every locale of"
                            + " the catalog " + locales + " needs one");
                }
            }
            for (String locale : present) {
                if (!locales.contains(locale)) {
                    report(values.get(locale).location(), Tag.UNKNOWN_LOCALE, what + " has a '" + locale
                            + "' text, but the catalog's locales are " + locales + "; add it to 'locales' or remove it");
                }
            }
        }

        private void checkTemplate(Located<String> text, String locale, Set<String> declared, String what) {
            MessageTemplate template;
            try {
                template = MessageTemplate.parse(text.value());
            } catch (MessageTemplate.SyntaxException e) {
                report(text.location(), Tag.INVALID_MESSAGE, "the " + locale + " message of " + what
                        + " is not a valid template: " + e.getMessage());
                return;
            }
            Set<String> used = template.parameterNames();
            for (String name : used) {
                if (!declared.contains(name)) {
                    String fix = declared.stream()
                            .filter(known -> StringUtils.getLevenshteinDistance(known, name) <= 2)
                            .findFirst()
                            .map(known -> "did you mean {" + known + "}?")
                            .orElse("declare it (params: {" + name + ": string}) or write '{{" + name + "}}' for"
                                    + " literal braces");
                    report(text.location(), Tag.UNDECLARED_PARAMETER, "the " + locale + " message of " + what
                            + " uses {" + name + "}, which 'params' does not declare; " + fix);
                }
            }
            for (String name : declared) {
                // A misspelt placeholder is already reported with its "did you mean"; not again as unused.
                boolean misspelt = used.stream().anyMatch(other -> !declared.contains(other)
                        && StringUtils.getLevenshteinDistance(name, other) <= 2);
                if (!used.contains(name) && !misspelt) {
                    report(text.location(), Tag.UNUSED_PARAMETER, "the " + locale + " message of " + what
                            + " does not use the parameter {" + name + "}; every locale's message must use"
                            + " every declared parameter");
                }
            }
        }

        private void checkDocs(ErrorEntry error, String what) {
            SourceLocation at = error.docs().location();
            try {
                URI docs = new URI(error.docs().value());
                if (!docs.isAbsolute() && catalog.docsBase() == null) {
                    report(at, Tag.INVALID_URL, "'docs' of " + what + " is the relative reference '"
                            + error.docs().value() + "', but the catalog has no 'docs' base URL to resolve it against;"
                            + " add one or write an absolute URL");
                }
            } catch (URISyntaxException e) {
                report(at, Tag.INVALID_URL, "'docs' of " + what + " is not a URL: " + e.getMessage());
            }
        }
    }
}

package io.errorcatalog.model;

/**
 * Every kind of problem a run can report, each with the stable id a {@link Diagnostic} prints in
 * brackets, what it means and how to fix it. The README's table of diagnostics lists them in this
 * order, and a test keeps the two the same. An id, once released, does not change: build scripts and
 * IDE filters match on it.
 */
public enum Tag {

    // Reading the file: bytes, text and YAML (io.errorcatalog.load.YamlReader).
    FILE_TOO_LARGE("file-too-large", "The file is larger than a catalog file may be.",
            "Split it into several catalogs."),
    INVALID_UTF8("invalid-utf8", "The file is not valid UTF-8 at the byte shown.", "Save the file as UTF-8."),
    LINE_TOO_LONG("line-too-long", "A line is longer than a catalog line may be.",
            "Break the text over several lines."),
    NUL_CHARACTER("nul-character", "The file contains a NUL character.", "Remove it; a catalog is text."),
    YAML_LINE_BREAK("yaml-line-break",
            "The file holds a NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR, which YAML 1.1 reads as a line break but editors do not show as one.",
            "Remove it, or write it as an escape (`\\u2028`) in a double-quoted text."),
    YAML_SYNTAX("yaml-syntax", "The file is not valid YAML at the place shown.", "Fix the YAML syntax there."),
    YAML_COMPLEX_KEY("yaml-complex-key", "A key is a list or a map.", "Write keys as plain texts, such as `title`."),
    TOO_DEEP("too-deep", "Maps and lists are nested deeper than a catalog file may nest them.",
            "Flatten the value; a catalog needs only a few levels."),
    MULTIPLE_DOCUMENTS("multiple-documents", "The file holds a second YAML document (after `---`).",
            "Put each catalog in a file of its own."),
    YAML_ALIAS("yaml-alias", "An alias (`*name`) repeats another value.", "Write the value out in full."),
    YAML_ANCHOR("yaml-anchor", "An anchor (`&name`) marks a value for repeating.",
            "Remove it and write values out in full."),
    YAML_TAG("yaml-tag", "A value has an explicit YAML tag, such as `!!str`.",
            "Remove the tag; quote a value to keep it as text."),
    YAML_MERGE_KEY("yaml-merge-key", "A merge key (`<<`) copies the keys of another map.",
            "Write the keys out in full."),
    DUPLICATE_KEY("duplicate-key", "A key is written twice in the same map.", "Keep one of them."),
    TEXT_TOO_LONG("text-too-long", "A text, or a key, is longer than a catalog text may be.", "Shorten it."),
    TOO_MANY_VALUES("too-many-values", "The file holds more values (keys, texts, items) than a catalog file may.",
            "Split it into several catalogs."),

    // The shape of the catalog: keys and the kinds of their values (io.errorcatalog.load.CatalogLoader).
    EMPTY_FILE("empty-file", "The file holds no catalog.",
            "Write a map with at least `id`, `title`, `locales` and `errors`."),
    NOT_A_CATALOG("not-a-catalog", "The file holds a list or a text, not a map.",
            "Write the catalog as a map of keys such as `id` and `errors`."),
    UNKNOWN_KEY("unknown-key", "A key the format does not define in this place, often a misspelling.",
            "Correct the key as suggested, or remove it."),
    MISSING_KEY("missing-key", "A key the format requires is not there.",
            "Add it; the message shows an example value."),
    WRONG_TYPE("wrong-type", "A value is of the wrong kind, such as a list where a text belongs.",
            "Write the kind of value the message names."),
    INVALID_VALUE("invalid-value", "A value is not one of the words its key accepts.",
            "Write one of the words the message lists."),
    UNSUPPORTED_FORMAT("unsupported-format", "`format` names a version of the format this plugin does not know.",
            "Write `format: 1`."),
    MISSING_LOCALE("missing-locale", "`locales` is an empty list.",
            "List at least the default locale, such as `[en]`."),
    INVALID_STATUS("invalid-status", "`status` is not a number from 100 to 599.",
            "Write the HTTP status, or `null` if the API documents none."),
    UNKNOWN_GRPC_STATUS("unknown-grpc-status", "`grpc` names none of the 17 canonical gRPC status codes.",
            "Write one of them in upper case, such as `NOT_FOUND` or `UNAVAILABLE`, or leave `grpc` out to derive it from `status`."),
    WIRE_KEY_NOT_APPLICABLE("wire-key-not-applicable", "A key of `wire` means nothing to the wire format in use.",
            "Remove the key, or change `format`."),
    MISSING_REASON("missing-reason", "A tombstone (`removed`) or an accepted change (`accept`) gives no reason.",
            "Write why: reviewers of the change and authors of clients read it."),

    // The rules that relate values to each other (io.errorcatalog.validate).
    DUPLICATE_CATALOG_ID("duplicate-catalog-id", "Two catalog files have the same `id`.",
            "Give each catalog its own id."),
    INVALID_ID("invalid-id", "A catalog or group id is not lower-case words joined by `-`.",
            "Rename it, such as `payments-api`."),
    INVALID_LOCALE("invalid-locale", "A locale is not a well-formed BCP 47 language tag that names a language.",
            "Write a tag such as `en`, `de-CH` or `zh-Hant-TW`."),
    DUPLICATE_LOCALE("duplicate-locale", "Two locales of a catalog would share one message bundle.",
            "List each locale once."),
    MISSING_TRANSLATION("missing-translation",
            "A text lacks the catalog's default locale (the first of `locales`), which every text is in.",
            "Add the text in the default locale; other locales may leave it out and fall back to it."),
    UNKNOWN_LOCALE("unknown-locale", "A text, or a file to import, is in a locale the catalog does not list.",
            "Add the locale to `locales`, or remove the text."),
    BLANK_TEXT("blank-text", "A text is empty or only white space: users would see no message, and no fallback.",
            "Write the text, or leave the locale out (or write `null`) so that it falls back; leave out a blank"
                    + " `description`."),
    UNTRANSLATED("untranslated",
            "A text has no translation into a locale, and the build requires every one (`failOnMissingTranslations`).",
            "Translate it, or let the build pass with the text falling back to the default locale."),
    STALE_TRANSLATION("stale-translation",
            "A translation was made from an earlier version of its default-locale text, and the build requires current ones (`failOnStaleTranslations`).",
            "Update the translation and its `source`, as the import goal does."),
    UNKNOWN_ERROR("unknown-error",
            "A file of translations, or a file to import, translates an error or a text that its catalog does not have.",
            "Correct the error's name, or remove its entry."),
    DUPLICATE_TRANSLATION("duplicate-translation",
            "A text is translated twice into one locale: in the catalog and in a file of translations, or in two files.",
            "Keep one of them."),

    // The translator round trip: XLIFF files to import (io.errorcatalog.translate).
    INVALID_XLIFF("invalid-xliff",
            "A file to import is not well-formed XML, or not XLIFF 1.2 as `export-translations` writes it.",
            "Fix the file at the place shown, or export it again and redo the edit."),
    XML_DOCTYPE("xml-doctype",
            "A file to import has a document type declaration (`<!DOCTYPE`), which could define entities or read other files.",
            "Remove it: XLIFF needs none."),
    NOT_XML_CHARACTER("not-xml-character",
            "A text holds a control character that XML 1.0, and so XLIFF, cannot carry, so it cannot be exported.",
            "Remove the character from the text."),
    PLACEHOLDER_MISMATCH("placeholder-mismatch",
            "An imported translation of a message does not use the same parameters as its source text, or as the message now.",
            "Use exactly the placeholders of the source, such as `{id}`; where the message changed, export again."),
    INCOMPLETE_LIST("incomplete-list",
            "An imported list (causes, solutions) has a translation for some of its items and none for others.",
            "Translate every item of the list, or empty them all: a list is translated as a whole."),
    TRANSLATION_IN_CATALOG("translation-in-catalog",
            "An imported unit would change a translation written in another file than the file of translations import writes, such as the catalog's own.",
            "Move that locale's translations into the file of translations (`orders.de.yaml`), then import again."),
    INVALID_URL("invalid-url",
            "A `docs` URL or a problem type is no URI, or is relative with no base to resolve it.",
            "Write an absolute URL, or give the catalog a `docs` base URL."),
    UNKNOWN_CATALOG("unknown-catalog",
            "`extends`, `partOf`, `translationOf` or the `original` of a file to import names an id that no catalog has.",
            "Correct the id; the message lists the known ones."),
    EXTENDS_CYCLE("extends-cycle", "Catalogs extend each other in a circle.", "Remove one `extends`."),
    LOCALE_NOT_INHERITED("locale-not-inherited",
            "A catalog lists a locale that the catalog it extends has no texts in.",
            "List only the locales of the catalog it extends."),
    UNKNOWN_GROUP("unknown-group", "An error is in a group that the catalog does not declare.",
            "Declare the group under `groups`, or use a declared one."),
    DUPLICATE_NAME("duplicate-name",
            "Two errors of one catalog (inherited ones included) or of one Java package have one constant name.",
            "Rename one, or give the catalogs packages of their own."),
    DUPLICATE_CODE("duplicate-code",
            "Two errors of one catalog (inherited ones included) or of one Java package have one code or alias.",
            "Give each error its own code: a code names one error of an API. Catalogs of one package are one API;"
                    + " two APIs get packages of their own."),
    DUPLICATE_PROBLEM_TYPE("duplicate-problem-type",
            "Two errors have one problem type, so a client cannot tell them apart.",
            "Give each error a `type` of its own."),
    WIRE_MEMBERS_CLASH("wire-members-clash", "`codeField` and `messageField` name the same member of the body.",
            "Name two different members."),
    PARAMETER_CLASHES_MEMBER("parameter-clashes-member",
            "A parameter that travels as a member of the body has the name of a member its wire shape uses itself (a problem's `type`, `title`, `status`, `detail` or `instance`; `code` or `description` of an `errors` item; a Microsoft error's `code`, `message`, `details` or `innererror`).",
            "Rename the parameter, or (code-message, problem, errors) send the arguments only in the text with `parameters: false`."),
    INVALID_JAVA_NAME("invalid-java-name",
            "A package, type or constant name, written or derived, is not usable in Java.",
            "Rename it, or set `package`, `enum` or `exception` to a name of your own."),
    RESERVED_JAVA_NAME("reserved-java-name", "A name would hide a type or constant that the generated code uses.",
            "Choose another name."),
    NAME_TOO_LONG("name-too-long",
            "A type name or package segment, written or derived, is too long for a file or directory name.",
            "Shorten it, or set `enum`, `exception` or `package` to a shorter name."),
    DUPLICATE_TYPE("duplicate-type",
            "One catalog would generate two types of one name, or of names that differ only in case.",
            "Set `exception` of a group or of the catalog to tell them apart."),
    OUTPUT_CONFLICT("output-conflict",
            "Two catalogs would generate one Java file (names compared ignoring case, as macOS and Windows do).",
            "Give one of them another `package`, `enum` or `exception`."),
    NO_ERRORS("no-errors", "A catalog has no errors and extends no other catalog.",
            "Add at least one error under `errors`."),
    TOO_MANY_ERRORS("too-many-errors",
            "A catalog has more errors, inherited ones included, than the million a catalog may have.",
            "Split it into several catalogs."),
    EMPTY_CODE("empty-code", "The `code` or an alias of an error is the empty text, or white space alone.",
            "Write the code the API sends, or `null` if it sends none."),
    INVALID_PARAMETER_NAME("invalid-parameter-name",
            "A parameter name is not ASCII letters and digits starting with a lower-case letter, or is a Java word.",
            "Rename it, such as `field` or `maxLength`."),
    TOO_MANY_PARAMETERS("too-many-parameters",
            "An error has more parameters than a Java method can take (255 slots; `long` and `double` take two).",
            "Split the message, or pass related values as one `string` parameter."),
    INVALID_MESSAGE("invalid-message",
            "A message is not a valid template: a brace opens or closes no parameter, or a plural or select is malformed (no `other` branch, a branch twice, not closed, nested too deep).",
            "Write `{{` and `}}` for literal braces (`##` for a literal `#` in a plural's branch), and plurals as `{count, plural, one {# file} other {# files}}`."),
    UNDECLARED_PARAMETER("undeclared-parameter", "A message uses a parameter that `params` does not declare.",
            "Declare it under `params`, correct its spelling, or write `{{` for a literal brace."),
    UNUSED_PARAMETER("unused-parameter", "A message does not use one of the declared parameters.",
            "Use it in the message of every locale, or remove it from `params`."),
    WRONG_PARAMETER_TYPE("wrong-parameter-type",
            "A message counts a parameter in a plural that is no number, or selects on one that is no string or boolean.",
            "Declare a plural's parameter `int`, `long` or `double`, and a select's `string` or `boolean` (whose branches are `true`, `false` and `other`)."),
    MISSING_PLURAL_CATEGORY("missing-plural-category",
            "A plural has no branch for a plural category that its locale's language has (by CLDR), such as `few` in Polish.",
            "Add the branch; the message names the numbers it is for. An exact value (`=2`) does not stand in for a category."),
    UNKNOWN_PLURAL_CATEGORY("unknown-plural-category",
            "A plural has a branch for a plural category that its locale's language does not have (by CLDR), such as `few` in English.",
            "Remove the branch, or write an exact value such as `=2` for one number."),
    UNKNOWN_COMPAT_RULE("unknown-compat-rule", "An `accept` entry names no compatibility rule.",
            "Write the id of a rule of the compatibility rules table, as the message suggests.");

    private final String id;
    private final String meaning;
    private final String fix;

    Tag(String id, String meaning, String fix) {
        this.id = id;
        this.meaning = meaning;
        this.fix = fix;
    }

    /** What diagnostics print in brackets, such as {@code unknown-key}. */
    public String id() {
        return id;
    }

    /** What the problem is, in one line. */
    public String meaning() {
        return meaning;
    }

    /** How to fix it, in one line. */
    public String fix() {
        return fix;
    }
}

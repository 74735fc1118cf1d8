package io.errorcatalog.write;

/**
 * One file the generator makes: where it goes, relative to the root of its kind, and its text.
 *
 * @param origin the catalog file it was generated from, for error messages
 */
public record GeneratedFile(Kind kind, String path, String content, String origin) {

    /** Where a generated file goes: the root of its kind, and its path under it. */
    public record Location(Kind kind, String path) {}

    public Location location() {
        return new Location(kind, path);
    }

    /** Which output root a file belongs in. */
    public enum Kind {
        /** Java sources: a compile source root. */
        SOURCE,
        /** Message bundles: a resource root. */
        RESOURCE,
        /** Error references (pages, exports): the documentation directory. */
        DOCUMENT
    }
}

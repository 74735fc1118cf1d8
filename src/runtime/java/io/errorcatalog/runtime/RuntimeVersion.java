package io.errorcatalog.runtime;

/**
 * The version of this runtime, which generated catalogs check when their class is initialised (as
 * protobuf's generated code checks its runtime): a catalog generated for another runtime fails at once,
 * with a message that says what to do, instead of failing later with a missing method.
 */
@Generated
public final class RuntimeVersion {

    /** Changes when generated code of an earlier major version cannot run on this runtime. */
    public static final int MAJOR = 1;

    /** Grows when the runtime gains what newer generated code uses; older generated code still runs. */
    public static final int MINOR = 3;

    private RuntimeVersion() {
    }

    /**
     * Checks that this runtime can run a generated catalog.
     *
     * @param major the runtime major version the catalog was generated for
     * @param minor the runtime minor version the catalog was generated for
     * @param catalog the generated class that asks
     * @throws IllegalStateException if the majors differ, or the catalog needs a newer minor version
     */
    public static void check(int major, int minor, Class<?> catalog) {
        if (major != MAJOR || minor > MINOR) {
            throw new IllegalStateException(catalog.getName() + " was generated for error-catalog runtime " + major
                    + "." + minor + ", but the runtime in package " + runtimePackage()
                    + " is version " + MAJOR + "." + MINOR + "; generate the catalog and the runtime with the same"
                    + " error-catalog-maven-plugin version (the module that provides the runtime must use a plugin"
                    + " at least as new as every module that reuses it)");
        }
    }

    /** From the class name: {@code Class.getPackage()} may be null on Java 8. */
    private static String runtimePackage() {
        String name = RuntimeVersion.class.getName();
        return name.substring(0, name.lastIndexOf('.'));
    }
}

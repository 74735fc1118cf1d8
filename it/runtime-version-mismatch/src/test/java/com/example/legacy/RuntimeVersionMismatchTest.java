package com.example.legacy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuntimeVersionMismatchTest {

    @Test
    void theCatalogRefusesARuntimeOfAnotherMajorVersionAtClassInitialisation() {
        ExceptionInInitializerError refused = assertThrows(ExceptionInInitializerError.class, () -> LegacyError.GONE.code());
        String message = refused.getCause().getMessage();
        assertTrue(message.startsWith("com.example.legacy.LegacyError was generated for error-catalog runtime 1."), message);
        assertTrue(message.contains(", but the runtime in package com.example.legacy.errorcatalog is version 0."), message);
        assertTrue(message.endsWith("; generate the catalog and the runtime with the same error-catalog-maven-plugin"
                + " version (the module that provides the runtime must use a plugin at least as new as every module"
                + " that reuses it)"), message);
    }
}

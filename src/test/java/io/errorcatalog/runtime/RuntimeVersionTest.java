package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RuntimeVersionTest {

    @Test
    void codeGeneratedForThisVersionOrAnOlderMinorRuns() {
        assertDoesNotThrow(() -> RuntimeVersion.check(RuntimeVersion.MAJOR, RuntimeVersion.MINOR, Object.class));
        assertDoesNotThrow(() -> RuntimeVersion.check(RuntimeVersion.MAJOR, 0, Object.class));
    }

    @Test
    void codeGeneratedForANewerMinorOrAnotherMajorFailsSayingWhatToDo() {
        IllegalStateException newer = assertThrows(IllegalStateException.class,
                () -> RuntimeVersion.check(RuntimeVersion.MAJOR, RuntimeVersion.MINOR + 1, String.class));
        assertEquals("java.lang.String was generated for error-catalog runtime " + RuntimeVersion.MAJOR + "."
                + (RuntimeVersion.MINOR + 1) + ", but the runtime in package io.errorcatalog.runtime is version "
                + RuntimeVersion.MAJOR + "." + RuntimeVersion.MINOR + "; generate the catalog and the runtime with the"
                + " same error-catalog-maven-plugin version (the module that provides the runtime must use a plugin at"
                + " least as new as every module that reuses it)", newer.getMessage());
        assertThrows(IllegalStateException.class,
                () -> RuntimeVersion.check(RuntimeVersion.MAJOR + 1, 0, String.class));
    }
}

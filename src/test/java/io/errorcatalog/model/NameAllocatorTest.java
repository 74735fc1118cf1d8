package io.errorcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameAllocatorTest {

    @Test
    void aFactoryIsNamedAfterItsConstantUnlessThatNameIsTaken() {
        NameAllocator names = NameAllocator.forFactories();
        assertEquals("tooLong", names.factoryName("TOO_LONG"));
        assertEquals("tooLongError", names.factoryName("TOO__LONG"), "another constant took tooLong");
        assertEquals("tooLongError2", names.factoryName("_TOO_LONG_"));
        assertEquals("defaultError", names.factoryName("DEFAULT"), "a keyword");
        assertEquals("codeError", names.factoryName("CODE"), "a method of CatalogError");
        assertEquals("ordinalError", names.factoryName("ORDINAL"), "a method of Enum");
        assertEquals("catalogError", names.factoryName("CATALOG"), "the enum's own");
    }

    @Test
    void theMembersOfTheRuntimesInterfaceAreKnownWithoutAHandKeptList() {
        for (String member : new String[] {"retryDelay", "documentationUrl", "isRetryable", "exception", "catalog"}) {
            assertTrue(NameAllocator.ENUM_MEMBERS.contains(member), member);
        }
    }

    @Test
    void derivedTypeNames() {
        assertEquals("ExperiencePlatformError", NameAllocator.enumName("experience-platform"));
        assertEquals("ExperiencePlatformException", NameAllocator.exceptionName("ExperiencePlatformError"));
        assertEquals("ShopFailureException", NameAllocator.exceptionName("ShopFailure"));
        assertEquals("PlatformAuthTokenException", NameAllocator.groupExceptionName("PlatformException", "auth-token"));
    }

    @Test
    void theRuntimesTypesAreNoCatalogsToName() {
        assertFalse(NameAllocator.isFreeTypeName("CatalogException"));
        assertFalse(NameAllocator.isFreeTypeName("ErrorCatalogs"));
        assertFalse(NameAllocator.isFreeTypeName("String"));
        assertFalse(NameAllocator.isFreeTypeName("record"));
        assertTrue(NameAllocator.isFreeTypeName("ShopError"));
    }

    /** The README states the reserved names; the allocator is their one source of truth. */
    @Test
    void theReadmeNamesExactlyTheReservedConstantsAndEveryRuntimeType() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md")).replaceAll("\\s+", " ");
        String constants = NameAllocator.RESERVED_CONSTANTS.stream().sorted().map(name -> "`" + name + "`")
                .collect(java.util.stream.Collectors.joining(", "));
        assertTrue(readme.contains("the names the enum uses itself (" + constants + ") are taken"), constants);
        String runtimeTypes = RuntimeTypes.all().stream().sorted().map(name -> "`" + name + "`")
                .collect(java.util.stream.Collectors.joining(", "));
        assertTrue(readme.contains("exception name: " + runtimeTypes + ";"), runtimeTypes);
    }
}

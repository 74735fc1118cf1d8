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
}

package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    private final BoundedCache<String, String> cache = new BoundedCache<>(2);

    @Test
    void keepsEntriesUpToItsLimitThenNoMoreButThoseAlwaysKept() {
        assertEquals("a1", cache.keep("a", "a1", false));
        assertEquals("b1", cache.keep("b", "b1", false));
        assertEquals("c1", cache.keep("c", "c1", false), "past the limit: used, not kept");
        assertEquals("own1", cache.keep("own", "own1", true));
        assertEquals("a1", cache.get("a"));
        assertEquals("b1", cache.get("b"));
        assertNull(cache.get("c"));
        assertEquals("own1", cache.get("own"));
    }

    @Test
    void aValueKeptBeforeWinsOverOneWorkedOutAgain() {
        cache.keep("a", "first", false);
        assertEquals("first", cache.keep("a", "second", false), "as when two threads work out one key at once");
        assertEquals("first", cache.keep("a", "third", true));
        assertEquals("first", cache.get("a"));
    }
}

package io.errorcatalog.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What is worked out from a key that callers choose, such as a locale from a client's
 * {@code Accept-Language}, kept for the next time: at most {@code limit} entries besides those its owner
 * always keeps (a catalog's own locales, few), so that no input grows it without bound. Past the limit, a
 * value is worked out each time it is asked for, slower and as correct. Safe for several threads.
 *
 * @param <K> the key
 * @param <V> what is worked out from it
 */
@Generated
final class BoundedCache<K, V> {

    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<K, V>();
    /**
     * How many entries the limit has let in. It stops counting at the limit (past it by at most the threads
     * that raced there), so it cannot overflow however many keys are asked for.
     */
    private final AtomicInteger admitted = new AtomicInteger();
    private final int limit;

    /**
     * An empty cache.
     *
     * @param limit how many entries it keeps besides those always kept
     */
    BoundedCache(int limit) {
        this.limit = limit;
    }

    /**
     * What is kept for a key.
     *
     * @param key the key
     * @return its value, or null where none is kept
     */
    V get(K key) {
        return entries.get(key);
    }

    /**
     * Keeps a value worked out for a key, where the limit leaves room or it is always kept.
     *
     * @param key the key
     * @param value its value
     * @param always whether to keep it whatever the limit
     * @return the value to use: one kept for the key before (another thread's), else {@code value}
     */
    V keep(K key, V value, boolean always) {
        if (!always && !(admitted.get() < limit && admitted.incrementAndGet() <= limit)) {
            return value;
        }
        V raced = entries.putIfAbsent(key, value);
        return raced != null ? raced : value;
    }
}

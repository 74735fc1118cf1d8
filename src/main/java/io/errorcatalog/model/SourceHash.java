package io.errorcatalog.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Which version of a default-locale text a translation was made from: the first 8 hex digits of the text's
 * SHA-256. Tools write it beside a translation (the import goal does); when the default text changes, its
 * hash no longer matches and the translation is stale. Eight digits tell a text's versions apart; they are
 * no defence against someone forging a match, which nobody gains from.
 */
public final class SourceHash {

    private SourceHash() {
    }

    /** The hash of a text. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The hash of a list: of its items, one per line. */
    public static String of(List<String> items) {
        return of(String.join("\n", items));
    }

    /** Whether a hash is written as this class writes them. */
    public static boolean isWellFormed(String hash) {
        return hash.length() == 8 && hash.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
    }

    /** {@code sources} with the hash of one more locale, or as it is where that is null. */
    static Map<String, String> with(Map<String, String> sources, String locale, String source) {
        if (source == null) {
            return sources;
        }
        Map<String, String> all = new java.util.HashMap<>(sources);
        all.put(locale, source);
        return all;
    }
}

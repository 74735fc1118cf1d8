package io.errorcatalog.translate;

/**
 * Which text of a catalog a translation unit holds: an error's title or message, or one item of its causes or
 * solutions. Written as the unit's id, {@code ORDER_NOT_FOUND.message} or {@code ORDER_NOT_FOUND.causes.2}, so a
 * unit finds its text again whatever order a translator's tool puts the units in.
 *
 * @param error the error's constant name
 * @param item for a list, the item's number, from 1; else 0
 */
public record TextKey(String error, Field field, int item) {

    /** The texts of an error that are translated, by the key a file of translations gives them. */
    public enum Field {
        TITLE("title", false), MESSAGE("message", false), CAUSES("causes", true), SOLUTIONS("solutions", true);

        private final String key;
        private final boolean list;

        Field(String key, boolean list) {
            this.key = key;
            this.list = list;
        }

        /** Its key in a catalog and in a file of translations. */
        public String key() {
            return key;
        }

        public boolean isList() {
            return list;
        }
    }

    /** The unit id. */
    public String id() {
        return error + "." + field.key() + (field.isList() ? "." + item : "");
    }

    /** Such as "the message of error ORDER_NOT_FOUND" or "cause 2 of error ORDER_NOT_FOUND". */
    public String describe() {
        String what = switch (field) {
            case TITLE -> "the title";
            case MESSAGE -> "the message";
            case CAUSES -> "cause " + item;
            case SOLUTIONS -> "solution " + item;
        };
        return what + " of error " + error;
    }

    /** The key an id names, or null where it names none. */
    public static TextKey parse(String id) {
        int dot = id.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String error = id.substring(0, dot);
        String rest = id.substring(dot + 1);
        int second = rest.indexOf('.');
        String fieldKey = second < 0 ? rest : rest.substring(0, second);
        for (Field field : Field.values()) {
            if (!field.key().equals(fieldKey)) {
                continue;
            }
            if (!field.isList()) {
                return second < 0 ? new TextKey(error, field, 0) : null;
            }
            int item = second < 0 ? 0 : itemNumber(rest.substring(second + 1));
            return item > 0 ? new TextKey(error, field, item) : null;
        }
        return null;
    }

    /** A positive number written without sign or leading zero, small enough for a list; else 0. */
    private static int itemNumber(String text) {
        if (text.isEmpty() || text.length() > 6 || text.charAt(0) == '0'
                || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return 0;
        }
        return Integer.parseInt(text);
    }
}

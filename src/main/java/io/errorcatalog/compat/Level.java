package io.errorcatalog.compat;

/** How much a kind of change matters to the build; a user may set any rule to any level. */
public enum Level {
    /** Breaks clients: fails the build unless the catalog accepts the change. */
    BREAKING("breaking"),
    /** May surprise clients: reported, the build goes on. */
    WARNING("warning"),
    /** Safe, worth telling reviewers: reported. */
    NOTE("note"),
    /** Not reported. */
    OFF("off");

    private final String keyword;

    Level(String keyword) {
        this.keyword = keyword;
    }

    /** The word the plugin's configuration and the reports use. */
    public String keyword() {
        return keyword;
    }

    /** The level a word names, or null. */
    static Level byKeyword(String keyword) {
        for (Level level : values()) {
            if (level.keyword.equals(keyword)) {
                return level;
            }
        }
        return null;
    }
}

package io.errorcatalog.model;

/** How a parameter's value is written into a message: the {@code format} of its long form. */
public enum ParamFormat {
    /** As the locale writes it: {@code 12,345} in English, {@code 12.345} in German, Arabic digits in Arabic. */
    LOCALE("locale"),
    /** A number in plain digits, the same in every locale: {@code 12345}, {@code 1.5}, as a server writes it. */
    PLAIN("plain");

    private final String keyword;

    ParamFormat(String keyword) {
        this.keyword = keyword;
    }

    /** The word a catalog uses for this format. */
    public String keyword() {
        return keyword;
    }
}

package io.errorcatalog.load;

/**
 * How a diagnostic names a value, such as "the de text of 'title' of error NOT_FOUND", put into words only
 * when a diagnostic asks: the loader names every value it reads, by the hundred thousand in a large catalog,
 * and almost none of them is ever reported. Its parts are joined, once, by {@link #toString()}; so
 * {@code wording + " must be a text"} reads as the joined words.
 */
final class Wording implements CharSequence {

    private final CharSequence[] parts;
    private String words;

    private Wording(CharSequence[] parts) {
        this.parts = parts;
    }

    /** The parts, one after another: strings, or other wordings. */
    static Wording of(CharSequence... parts) {
        return new Wording(parts);
    }

    @Override
    public String toString() {
        if (words == null) {
            StringBuilder joined = new StringBuilder();
            for (CharSequence part : parts) {
                joined.append(part);
            }
            words = joined.toString();
        }
        return words;
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }
}

package io.errorcatalog.model;

/**
 * How an error travels in a response body, as the API documents it.
 *
 * @param shape the body's shape
 * @param codeField code-message: the member holding the code, or null where the body has none
 * @param messageField code-message: the member holding the message
 * @param typeBase problem: the prefix a code is appended to, to make the problem type URI
 * @param type problem: this error's own type URI, where it is not the base plus the code
 */
public record WireFormat(Shape shape, String codeField, String messageField, String typeBase, String type,
        SourceLocation location) {

    /** The shapes of body the documents show. */
    public enum Shape {
        /** {@code {"error_code": "403010", "message": "..."}}, member names as the catalog says. */
        CODE_MESSAGE("code-message"),
        /** RFC 9457 problem details: {@code type}, {@code status}, {@code title}, {@code detail}, extensions. */
        PROBLEM("problem"),
        /** {@code {"errors": [{"code": "...", "description": "..."}]}}: several errors at once. */
        ERRORS("errors");

        private final String keyword;

        Shape(String keyword) {
            this.keyword = keyword;
        }

        /** The word a catalog uses for this shape. */
        public String keyword() {
            return keyword;
        }
    }
}

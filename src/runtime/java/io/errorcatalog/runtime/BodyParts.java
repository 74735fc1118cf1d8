package io.errorcatalog.runtime;

import java.util.Map;

/** What a wire shape puts in a body for one error; every text already in the body's locale. */
@Generated
final class BodyParts {

    /** The wire code, or null where the API sends none. */
    final String code;
    /** The HTTP status, or 0 where undocumented. */
    final int status;
    final String title;
    final String message;
    /** The error's own problem type, or null where it is the type base and the code. */
    final String type;
    /** Extension members, in the order added. */
    final Map<String, Object> extensions;

    BodyParts(String code, int status, String title, String message, String type, Map<String, Object> extensions) {
        this.code = code;
        this.status = status;
        this.title = title;
        this.message = message;
        this.type = type;
        this.extensions = extensions;
    }
}

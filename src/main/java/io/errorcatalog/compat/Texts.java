package io.errorcatalog.compat;

import io.errorcatalog.model.ErrorEntry;

/** How findings show values: codes quoted, absent values named. */
final class Texts {

    private Texts() {}

    /** {@code 'out_of_stock'}, or {@code no code}. */
    static String code(String code) {
        return code == null ? "no code" : "'" + code + "'";
    }

    /** {@code OUT_OF_STOCK (code 'out_of_stock')}. */
    static String error(ErrorEntry error) {
        return error.name() + " (" + (error.code().value() == null ? "no code" : "code '" + error.code().value() + "'")
                + ")";
    }

    /** {@code 404}, or {@code undocumented}. */
    static String status(Integer status) {
        return status == null ? "undocumented" : status.toString();
    }
}

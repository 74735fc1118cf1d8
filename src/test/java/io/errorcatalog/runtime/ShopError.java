package io.errorcatalog.runtime;

/**
 * A catalog written by hand as the plugin generates one, for the runtime's own tests: problem details with
 * a type base, an error with its own type, one without a code, two of one status, a memberless
 * code-message error, an error with aliases and one without a title, and a German translated in part
 * with a Swiss German of one text. Its facts are given a call per error, as generated code of runtime 1.2
 * gives them, which a newer runtime still runs; {@link FactsTableTest} gives them as a table, as newer
 * generated code does.
 */
enum ShopError implements CatalogError {
    ORDER_NOT_FOUND,
    OUT_OF_STOCK,
    UPSTREAM_DOWN,
    SERVICE_UNAVAILABLE,
    CARD_DECLINED,
    LEGACY_NOTE,
    UNKNOWN;

    static final ErrorCatalog<ShopError, ShopException> CATALOG;

    static {
        RuntimeVersion.check(RuntimeVersion.MAJOR, RuntimeVersion.MINOR, ShopError.class);
        ErrorCatalog.Builder<ShopError, ShopException> facts =
                ErrorCatalog.builder(ShopError.class, ShopError.values(), "io.errorcatalog.runtime.ShopMessages",
                        ShopException::new);
        facts.locales("en", "de", "de-CH");
        facts.group(ShopUpstreamException::new);
        facts.wires(new ProblemShape("https://shop.example/errors/", null), new CodeMessageShape(null, "note", null));
        facts.error(ORDER_NOT_FOUND, "order_not_found", 404, Severity.FATAL, Retry.NEVER, -1, 1, null, 0, null);
        facts.aliases(ORDER_NOT_FOUND, "order_missing", "no_such_order");
        facts.error(OUT_OF_STOCK, "out_of_stock", 200, Severity.WARNING, Retry.UNSPECIFIED, -1, 0, null, 0, null);
        facts.error(UPSTREAM_DOWN, "upstream_down", 503, Severity.NON_FATAL, Retry.RETRY_AFTER, 0, 0, null, 0, null);
        facts.error(SERVICE_UNAVAILABLE, null, 503, Severity.FATAL, Retry.AFTER_DELAY, 0, 0, null, 0, null);
        facts.error(CARD_DECLINED, "card_declined", 402, Severity.FATAL, Retry.NEVER, -1, 0, null, 0,
                "https://payments.example/declined");
        facts.error(LEGACY_NOTE, null, 409, Severity.FATAL, Retry.NEVER, -1, 0, null, 1, null);
        facts.unknown(UNKNOWN, 0);
        CATALOG = facts.build();
    }

    @Override
    public ErrorCatalog<ShopError, ShopException> catalog() {
        return CATALOG;
    }

    static class ShopException extends CatalogException {
        private static final long serialVersionUID = 1L;

        ShopException(ShopError error, Object[] arguments, Received received) {
            super(error, arguments, received);
        }

        @Override
        public ShopError getError() {
            return (ShopError) super.getError();
        }
    }

    static final class ShopUpstreamException extends ShopException {
        private static final long serialVersionUID = 1L;

        ShopUpstreamException(ShopError error, Object[] arguments, Received received) {
            super(error, arguments, received);
        }
    }
}

package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.RetryAdvice;

/** Retry advice turned from {@code never} to retryable or back: clients retry what fails again, or give up. */
final class RetryChangedRule extends PairRule {

    RetryChangedRule() {
        super("retry-changed", Level.BREAKING, "An error's retry advice changed from `never` to retryable"
                + " (`after-delay`, `retry-after`) or back.");
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        RetryAdvice before = pair.before().retry();
        RetryAdvice now = pair.after().retry();
        if (before == RetryAdvice.NEVER && retryable(now) || retryable(before) && now == RetryAdvice.NEVER) {
            out.accept(finding(pair.after().location(), pair, "the retry advice of "
                    + pair.after().name() + " was " + before.keyword() + " in " + comparison.baselineLabel()
                    + " and is " + now.keyword() + " now: clients " + (now == RetryAdvice.NEVER
                            ? "that retry it keep failing" : "that give up on it no longer retry what can succeed"),
                    before.keyword(), now.keyword()));
        }
    }

    private static boolean retryable(RetryAdvice retry) {
        return retry == RetryAdvice.AFTER_DELAY || retry == RetryAdvice.RETRY_AFTER;
    }
}

package io.errorcatalog.compat;

import java.util.function.Consumer;

/** A rule about one part of how an error's parameters, and so its factory's signature, changed. */
abstract class ParameterRule extends PairRule {

    ParameterRule(String id, Level defaultLevel, String meaning) {
        super(id, defaultLevel, meaning);
    }

    /** Reports its part of {@code changes}, the changes of {@code pair}'s parameters. */
    abstract void check(ParameterChanges changes, ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out);

    @Override
    final void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        check(new ParameterChanges(pair.before(), pair.after()), pair, comparison, out);
    }
}

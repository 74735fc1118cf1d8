package io.errorcatalog.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Parameter;

/**
 * How an error's parameters changed, which is how its typed factory's signature changed: the parameter
 * rules each report one part of it. A parameter whose name is gone, at the place where a new name stands,
 * is taken for renamed (its type may have changed too).
 */
final class ParameterChanges {

    /** A parameter of the baseline and of now. */
    record Change(Parameter before, Parameter now) {}

    final List<Parameter> removed = new ArrayList<>();
    final List<Change> renamed = new ArrayList<>();
    final List<Change> retyped = new ArrayList<>();
    /** The parameters, kept by name, whose value is written in the message in another {@code format}. */
    final List<Change> reformatted = new ArrayList<>();
    final List<Parameter> added = new ArrayList<>();
    /** The first parameter, kept by name, that stands at another place among the kept ones; null for none. */
    Change reordered;

    ParameterChanges(ErrorEntry before, ErrorEntry now) {
        Map<String, Parameter> old = byName(before.params());
        Map<String, Parameter> current = byName(now.params());
        List<Parameter> gone = new ArrayList<>(before.params().stream().filter(p -> !current.containsKey(p.name())).toList());
        List<Parameter> fresh = new ArrayList<>(now.params().stream().filter(p -> !old.containsKey(p.name())).toList());
        for (int i = 0; i < Math.min(before.params().size(), now.params().size()); i++) {
            Parameter was = before.params().get(i);
            Parameter is = now.params().get(i);
            if (gone.contains(was) && fresh.contains(is)) {
                renamed.add(new Change(was, is));
                gone.remove(was);
                fresh.remove(is);
            }
        }
        removed.addAll(gone);
        added.addAll(fresh);
        List<String> keptBefore = before.params().stream().map(Parameter::name).filter(current::containsKey).toList();
        List<String> keptNow = now.params().stream().map(Parameter::name).filter(old::containsKey).toList();
        for (int i = 0; i < keptNow.size(); i++) {
            Change kept = new Change(old.get(keptNow.get(i)), current.get(keptNow.get(i)));
            if (kept.before().type() != kept.now().type()) {
                retyped.add(kept);
            }
            if (kept.before().format() != kept.now().format()) {
                reformatted.add(kept);
            }
            if (reordered == null && !keptNow.get(i).equals(keptBefore.get(i))) {
                reordered = kept;
            }
        }
    }

    private static Map<String, Parameter> byName(List<Parameter> params) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        params.forEach(param -> byName.put(param.name(), param));
        return byName;
    }

    /** {@code (String field, int max)}: the factory's parameters. */
    static String signature(ErrorEntry error) {
        return "(" + String.join(", ", error.params().stream().map(p -> p.type().javaType() + " " + p.name()).toList())
                + ")";
    }
}

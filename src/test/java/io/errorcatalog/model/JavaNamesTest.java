package io.errorcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The name checks are loops for speed; they accept exactly what the patterns they replaced accepted. */
class JavaNamesTest {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Every string of up to three characters over letters, digits, the underscore and a few others. */
    private static List<String> names() {
        String alphabet = "aZz_09$-é ";
        List<String> names = new ArrayList<>(List.of(""));
        for (int length = 0, from = 0; length < 3; length++) {
            int to = names.size();
            for (int i = from; i < to; i++) {
                for (char c : alphabet.toCharArray()) {
                    names.add(names.get(i) + c);
                }
            }
            from = to;
        }
        names.addAll(List.of("ORDER_NOT_FOUND", "orderNotFound", "class", "var", "record", "_", "E1", "1E"));
        return names;
    }

    @Test
    void identifiersAndConstantNamesAreThoseThePatternsDescribe() {
        for (String name : names()) {
            boolean identifier = IDENTIFIER.matcher(name).matches() && !javax.lang.model.SourceVersion.isKeyword(name)
                    && !List.of("_", "var", "yield", "record", "sealed", "permits", "when").contains(name);
            assertEquals(identifier, JavaNames.isIdentifier(name), name);
            assertEquals(CONSTANT.matcher(name).matches() && identifier, JavaNames.isConstantName(name), name);
        }
    }

    @Test
    void aGroupIdBecomesAPackageNameByTheJavaLanguageSpecificationsConventions() {
        assertEquals("com.example", JavaNames.packageNameOf("com.example"));
        assertEquals("com.my_company.api", JavaNames.packageNameOf("com.my-company.api"));
        assertEquals("org._2fa", JavaNames.packageNameOf("org.2fa"));
        assertEquals("com.example.int_.record_.__", JavaNames.packageNameOf("com.example.int.record._"));
        assertEquals("io.__.x", JavaNames.packageNameOf("io..x"));
        for (String groupId : names()) {
            String name = JavaNames.packageNameOf(groupId);
            assertEquals(true, JavaNames.isPackageName(name) && !name.isEmpty(), groupId + " -> " + name);
        }
    }
}

package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.errorcatalog.runtime.SignInError.SignInException;

/**
 * A sensitive parameter's value stays in the process: no body of any shape, no message in any locale, no
 * {@code toString} or stack trace has it, while {@code getArguments()} gives it to the code that asks.
 */
class SensitiveParametersTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<Map<String, Object>>() {};
    private static final String SECRET = "hunter2-s3cret";
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE);

    @ParameterizedTest
    @EnumSource(value = SignInError.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void noBodyMessageOrToStringHasTheValueWhileTheArgumentsDo(SignInError error) throws Exception {
        SignInException made = SignInError.CATALOG.exception(error, "ann", SECRET, 3);
        assertEquals(Arrays.asList("ann", SECRET, 3), made.getArguments());
        assertEquals("ann could not sign in with password *** after 3 attempts.", made.getMessage());
        for (String shown : shown(made)) {
            assertFalse(shown.contains(SECRET), shown);
        }
    }

    @ParameterizedTest
    @EnumSource(value = SignInError.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void decodedBodyGivesTheOtherArgumentsAndTheSameMaskedMessage(SignInError error) throws Exception {
        SignInException made = SignInError.CATALOG.exception(error, "ann", SECRET, 3);
        String json = JSON.writeValueAsString(made.toBody(Locale.ENGLISH));
        SignInException decoded = SignInError.CATALOG.decode(401, JSON.readValue(json, MAP), null);
        assertSame(error, decoded.getError(), json);
        assertEquals(Arrays.asList("ann", null, 3), decoded.getArguments(), "the sensitive one never travelled");
        assertEquals(made.getMessage(), decoded.getMessage());
        assertEquals(made.getMessage(Locale.GERMAN), decoded.getMessage(Locale.GERMAN));
        assertEquals(json, JSON.writeValueAsString(decoded.toBody(Locale.ENGLISH)));
    }

    @ParameterizedTest
    @EnumSource(value = SignInError.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void anArgumentIsFoundByItsParameterNameTypedAsTheArgumentsGiveIt(SignInError error) throws Exception {
        SignInException made = SignInError.CATALOG.exception(error, "ann", SECRET, 3);
        assertEquals(Optional.of("ann"), made.getArgument("user", String.class));
        assertEquals(Optional.of(3), made.getArgument("attempts", Integer.class));
        assertEquals(Optional.of(SECRET), made.getArgument("password", String.class), "to the code that asks");
        assertEquals(Optional.empty(), made.getArgument("attempt", Object.class), "no such parameter");
        assertThrows(ClassCastException.class, () -> made.getArgument("attempts", String.class));

        String json = JSON.writeValueAsString(made.toBody(Locale.ENGLISH));
        SignInException decoded = SignInError.CATALOG.decode(401, JSON.readValue(json, MAP), null);
        assertEquals(Optional.of(3), decoded.getArgument("attempts", Integer.class), json);
        assertEquals(Optional.empty(), decoded.getArgument("password", String.class), "it never travelled");
        assertEquals(Optional.empty(), SignInError.CATALOG.decode(500, null, null).getArgument("user", Object.class),
                "an unknown error names no parameters");
    }

    @Test
    void aSensitiveMemberASenderLeakedIsNeitherAnArgumentNorPassedOn() throws Exception {
        Map<String, Object> body = JSON.readValue(JSON.writeValueAsString(
                SignInError.CATALOG.exception(SignInError.PROBLEM, "ann", SECRET, 3).toBody(Locale.ENGLISH)), MAP);
        body.put("password", SECRET);
        SignInException decoded = SignInError.CATALOG.decode(401, body, null);
        assertEquals(Arrays.asList("ann", null, 3), decoded.getArguments());
        assertEquals(Map.of(), decoded.getExtensions());
        assertFalse(JSON.writeValueAsString(decoded.toBody(Locale.ENGLISH)).contains(SECRET));
    }

    /** Everything of an exception that leaves the process or goes to a log. */
    private static List<String> shown(SignInException made) throws Exception {
        List<String> shown = new ArrayList<>();
        shown.add(made.getMessage());
        shown.add(made.getLocalizedMessage());
        shown.add(made.toString());
        StringWriter trace = new StringWriter();
        made.printStackTrace(new PrintWriter(trace));
        shown.add(trace.toString());
        for (Locale locale : LOCALES) {
            shown.add(made.getMessage(locale));
            shown.add(JSON.writeValueAsString(made.toBody(locale)));
            shown.add(JSON.writeValueAsString(CatalogException.bodyOf(locale, List.of(made))));
        }
        return shown;
    }
}

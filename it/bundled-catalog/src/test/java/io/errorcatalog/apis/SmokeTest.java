package io.errorcatalog.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.errorcatalog.apis.platform.PlatformError;

class SmokeTest {
    @Test
    void oauthTokenMissing() {
        assertEquals("Oauth token is missing.", PlatformError.byCode("403010").get().message());
    }
}

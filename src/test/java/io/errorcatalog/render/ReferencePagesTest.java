package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ReleaseHistory;

/** The reference pages: what they show, that catalog text stays text, and that anchors lead where they should. */
class ReferencePagesTest {

    /** A catalog whose every text tries to become markup or script, in HTML and in Markdown. */
    static final String HOSTILE = """
            id: shop
            title: "<script>window.pwned = 'title'</script> Shop & Co"
            description: "</p><img src=x onerror=\\"window.pwned='description'\\"> ```\\n# heading?"
            locales: [en]
            docs: https://docs.example.com/shop
            wire: {format: code-message, codeField: "<b>code</b>", messageField: "msg|x"}
            errors:
              SCRIPTED:
                code: "<img src=x onerror=alert(1)>|`x`"
                status: 400
                params: {max: int}
                title: "<script>window.pwned = 'error'</script>"
                message: "</p><script>window.pwned = 'message'</script> at most {max} | [click](javascript:alert(1))"
                causes: {en: ["- [x](javascript:alert(1)) ![img](https://evil.example/x.png)", "1. <!-- $math$ -->"]}
                solutions: {en: ["&lt;not an entity&gt; \\\\ *not em* _nor_ ~~this~~"]}
                docs: "#%3Cscript%3E"
            """;

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    static String markdownAsHtml(String markdown) {
        return MARKDOWN_HTML.render(MARKDOWN.parse(markdown));
    }

    @Test
    void hostileTextStaysTextOnTheHtmlPage() throws Exception {
        String page = ReferenceFiles.of(ReferenceFiles.valid("shop.yaml", HOSTILE)).get("shop/en.html");
        assertEquals(1, count(page, "<script"), "the page's own script alone");
        assertTrue(page.contains("<script>(function () {"), page);
        assertEquals(0, count(page, "<img"));
        assertEquals(0, count(page, "<b>"));
        assertTrue(page.contains("<h1>&lt;script&gt;window.pwned = &#39;title&#39;&lt;/script&gt; Shop &amp; Co</h1>"));
        assertTrue(page.contains("&lt;/p&gt;&lt;script&gt;window.pwned = &#39;message&#39;&lt;/script&gt; at most"
                + " <code>{max: int}</code> | [click](javascript:alert(1))"));
        assertTrue(page.contains("&quot;msg|x&quot;: &quot;&lt;/p&gt;&lt;script&gt;"), "the example body is escaped too");
        // The section's id is the docs fragment as decoded, as an attribute; the table links it encoded.
        assertTrue(page.contains("<section class=\"error\" id=\"&lt;script&gt;\">"));
        assertTrue(page.contains("<a href=\"#%3Cscript%3E\"><code>&lt;img src=x onerror=alert(1)&gt;|`x`</code></a>"));
    }

    @Test
    void hostileTextStaysTextOnTheMarkdownPageAndInItsTable() throws Exception {
        String markdown = ReferenceFiles.of(ReferenceFiles.valid("shop.yaml", HOSTILE)).get("shop/en.md");
        String html = markdownAsHtml(markdown);
        for (String markup : List.of("<script", "<img", "<b>", "href=\"javascript", "<!--", "<em>", "<del>", "<ol", "<h1>heading")) {
            assertFalse(html.contains(markup), markup + " in\n" + html);
        }
        assertEquals(1, count(html, "<h1>"), "the description starts no heading");
        // The table keeps its five columns: the pipes of the code and title stay in their cells.
        Matcher row = Pattern.compile("<tbody>\\s*<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), html);
        assertEquals(5, count(row.group(1), "<td"), row.group(1));
        assertTrue(row.group(1).contains("<code>&lt;img src=x onerror=alert(1)&gt;|`x`</code>"), row.group(1));
        assertTrue(html.contains("&amp;lt;not an entity&amp;gt; \\ *not em* _nor_ ~~this~~"), "text as written: " + html);
        assertTrue(html.contains("<a id=\"&lt;script&gt;\"></a>"), "the anchor, as HTML the Markdown holds");
    }

    @Test
    void hostileTextStaysExactInTheJsonExport() throws Exception {
        JsonNode export = new ObjectMapper().readTree(ReferenceFiles.of(ReferenceFiles.valid("shop.yaml", HOSTILE))
                .get("shop/catalog.json"));
        assertEquals("<script>window.pwned = 'title'</script> Shop & Co", export.get("title").asText());
        JsonNode error = export.get("errors").get(0);
        assertEquals("<img src=x onerror=alert(1)>|`x`", error.get("code").asText());
        assertEquals("<script>", error.get("anchor").asText());
        assertEquals("<img src=x onerror=alert(1)>|`x`", error.get("example").get("<b>code</b>").asText());
    }

    @Test
    void aWireSettingThatSwitchesSomethingOnIsABooleanInTheJsonExportAndTheOthersAreText() throws Exception {
        JsonNode export = new ObjectMapper().readTree(ReferenceFiles.of(ReferenceFiles.valid("shop.yaml", """
                id: shop
                title: Shop
                locales: [en]
                wire: {format: problem, typeBase: "https://shop.example.com/problems/", parameters: true, retryable: false}
                errors:
                  GONE: {code: gone, status: 410, message: Gone.}
                  FULL: {code: full, status: 409, message: Full., wire: {format: code-message, codeField: null}}
                  BAD: {code: bad, status: 400, message: Bad., wire: {format: errors, parameters: true}}
                """)).get("shop/catalog.json"));
        JsonNode wire = export.get("wire");
        assertEquals(JsonNodeType.BOOLEAN, wire.get("parameters").getNodeType(), wire.toString());
        assertTrue(wire.get("parameters").booleanValue());
        assertEquals(JsonNodeType.BOOLEAN, wire.get("retryable").getNodeType(), wire.toString());
        assertFalse(wire.get("retryable").booleanValue());
        assertEquals("https://shop.example.com/problems/", wire.get("typeBase").textValue());
        JsonNode own = export.at("/errors/1/wire");
        assertEquals(JsonNodeType.BOOLEAN, own.get("parameters").getNodeType(), "left out, it is its default: " + own);
        assertFalse(own.get("parameters").booleanValue());
        assertTrue(own.get("codeField").isNull());
        assertEquals("message", own.get("messageField").textValue());
        assertTrue(export.at("/errors/2/wire/parameters").isBoolean());
        assertTrue(export.at("/errors/2/wire/parameters").booleanValue());
    }

    @Test
    void aMessageShowsEachPlaceholderWithItsType() throws Exception {
        Map<String, String> files = ReferenceFiles.of(ReferenceFiles.valid("pay.yaml", PAY));
        assertTrue(files.get("pay/de.html").contains("<p>Feld <code>{field: string}</code> ist länger als"
                + " <code>{max: int}</code> Zeichen.</p>"), files.get("pay/de.html"));
        assertTrue(files.get("pay/de.md").contains("**Meldung:** Feld `{field: string}` ist länger als `{max: int}`"
                + " Zeichen."), files.get("pay/de.md"));
        // The example body shows the placeholders by name, as the API would send the filled-in message.
        assertTrue(files.get("pay/de.html").contains("&quot;message&quot;: &quot;Feld {field} ist länger als {max}"
                + " Zeichen.&quot;"), files.get("pay/de.html"));
    }

    @Test
    void aSensitiveParameterIsMarkedSoAndItsExampleBodyShowsTheMaskTheApiSends() throws Exception {
        Map<String, String> files = ReferenceFiles.of(ReferenceFiles.valid("login.yaml", """
                id: login
                title: Login API
                package: com.example.login
                locales: [en]
                wire: {format: code-message}
                errors:
                  REFUSED:
                    code: refused
                    status: 401
                    params: {user: string, password: {type: string, sensitive: true}}
                    message: "{user} may not sign in with {password}, {password, select, x {x} other {any}}."
                """));
        String page = files.get("login/en.html");
        assertTrue(page.contains("<code>{user: string}</code> may not sign in with <code>{password: string,"
                + " sensitive}</code>"), page);
        assertTrue(page.contains("&quot;message&quot;: &quot;{user} may not sign in with ***, {password, select,"
                + " x {x} other {any}}.&quot;"), page);
    }

    private static final String PAY = """
            id: pay
            title: Payments API
            package: com.example.pay
            locales: [en, de]
            docs: https://docs.example.com/pay
            wire: {format: code-message}
            groups: {validation: {}}
            errors:
              TOO_LONG:
                title: {en: Value too long, de: Wert zu lang}
                message: {en: "Field {field} is longer than {max} characters.", de: "Feld {field} ist länger als {max} Zeichen."}
                params: {field: string, max: int}
                causes: {en: [A long value.], de: [Ein langer Wert.]}
                code: too_long
                aliases: [TOO-LONG-1]
                status: 400
                group: validation
                retry: never
                deprecated: Use TOO_BIG.
                docs: "#too_long"
              NOT_FOUND: {code: not_found, status: 404, title: {en: Not found, de: Nicht gefunden}, message: {en: Nothing there., de: Nichts da.}}
              GONE: {code: gone, message: {en: Gone for good., de: Für immer weg.}}
            """;

    @Test
    void eachErrorShowsTheFirstReleaseItsHistoryGivesItAndNoneWhereNoneIsKnown() throws Exception {
        CatalogSet set = ReferenceFiles.valid("pay.yaml", PAY);
        Map<String, String> files = ReferenceFiles.of(set, new ReleaseHistory(Map.of("pay",
                new ReleaseHistory.CatalogHistory(Map.of("TOO_LONG", "1.2", "NOT_FOUND", "<b>2.0</b>"), Map.of(),
                        Map.of()))));
        assertTrue(files.get("pay/en.html").contains("<dt>First released in</dt><dd>1.2</dd>"), files.get("pay/en.html"));
        assertTrue(files.get("pay/en.html").contains("<dt>First released in</dt><dd>&lt;b&gt;2.0&lt;/b&gt;</dd>"),
                "a version from a baseline's history is text");
        assertTrue(files.get("pay/de.md").contains("\n- Erstmals in Version: 1\\.2\n"), files.get("pay/de.md"));
        JsonNode errors = new ObjectMapper().readTree(files.get("pay/catalog.json")).get("errors");
        assertEquals("1.2", errors.get(0).get("since").asText());
        assertTrue(errors.get(2).get("since").isNull(), "GONE has no first release in the history");
        assertEquals(2, count(files.get("pay/en.html"), "First released in"));

        Map<String, String> unknown = ReferenceFiles.of(set);
        assertFalse(unknown.get("pay/en.html").contains("First released in"));
        assertFalse(unknown.get("pay/en.md").contains("First released in"));
        assertTrue(new ObjectMapper().readTree(unknown.get("pay/catalog.json")).get("errors").get(0).get("since").isNull());
    }

    @Test
    void aPageShowsEachErrorsFactsInItsLocale() throws Exception {
        String page = ReferenceFiles.of(ReferenceFiles.valid("pay.yaml", PAY)).get("pay/de.html");
        assertTrue(page.contains("<html lang=\"de\">"));
        assertTrue(page.contains("<tr data-search=\"too_long TOO_LONG Wert zu lang 400\"><td><a href=\"#too_long\">"
                + "<code>too_<wbr>long</code></a></td><td class=\"status\">400</td><td>Wert zu lang</td>"
                + "<td class=\"severity\">Schwerwiegend</td><td class=\"retry\">Nie</td></tr>"), page);
        assertTrue(page.contains("<section class=\"error\" id=\"too_long\">\n<h3>Wert zu lang <small><code>too_long"
                + "</code></small></h3>\n<p class=\"deprecated\">Veraltet: Use TOO_BIG.</p>"), page);
        assertTrue(page.contains("<dt>Exception</dt><dd><code>com.example.pay.PayValidationException</code></dd>"));
        assertTrue(page.contains("<dt>Auch bekannt als</dt><dd><code>TOO-LONG-1</code></dd>"), "its aliases");
        assertTrue(page.contains("<tr data-search=\"gone GONE\"><td><a href=\"#gone\"><code>gone</code></a></td>"
                + "<td class=\"status\">nicht dokumentiert</td><td>GONE</td>"), "no title, no status: its name");
        assertTrue(page.contains("<dt>Java-Konstante</dt><dd><code>com.example.pay.PayError.TOO_LONG</code></dd>"));
        assertTrue(page.contains("<dt>Dokumentation</dt><dd><a href=\"https://docs.example.com/pay#too_long\">"));
        assertTrue(page.contains("<h4>Mögliche Ursachen</h4>\n<ul>\n<li>Ein langer Wert.</li>\n</ul>"), page);
        assertTrue(page.contains("<li><a href=\"en.html\" hreflang=\"en\" lang=\"en\">English</a></li>"));
        assertTrue(page.contains("aria-current=\"page\">Deutsch</a>"));
        assertFalse(page.contains("class=\"untranslated\""), "every text is translated");
    }

    @Test
    void anUntranslatedTextShowsTheDefaultLocalesMarked() throws Exception {
        CatalogSet partial = ReferenceFiles.valid("pay.yaml", PAY.replace(
                "title: {en: Not found, de: Nicht gefunden}", "title: {en: Not found}").replace(
                "causes: {en: [A long value.], de: [Ein langer Wert.]}", "causes: {en: [A long value.]}"));
        Map<String, String> files = ReferenceFiles.of(partial);
        String page = files.get("pay/de.html");
        assertTrue(page.contains("<td><span class=\"untranslated\" lang=\"en\">Not found</span> <span class=\"note\">"
                + "(nicht übersetzt, auf Englisch)</span></td>"), page);
        assertTrue(page.contains("<ul class=\"untranslated\" lang=\"en\">\n<li>A long value.</li>\n</ul>\n"
                + "<p class=\"note\">(nicht übersetzt, auf Englisch)</p>"), page);
        assertTrue(page.contains("<p class=\"legend\">"), "the page says what the marks mean");
        assertTrue(files.get("pay/de.md").contains("| Not found *(nicht übersetzt, auf Englisch)* |"));
        assertFalse(files.get("pay/en.html").contains("class=\"untranslated\""), "the default locale is complete");
    }

    /**
     * Every documentation URL of a bundled catalog that points into its page leads to an element of it that is the
     * error's section, or the list of the errors that share its anchor; every link of a page leads to an element.
     */
    @Test
    void documentationUrlsAndLinksLeadToTheirSections() throws Exception {
        CatalogSet set = ReferenceFiles.bundled();
        Map<String, String> files = ReferenceFiles.of(set);
        int checked = 0;
        for (var catalog : set.catalogs()) {
            var resolved = set.resolve(catalog);
            String page = files.get(catalog.id().value() + "/" + catalog.defaultLocale() + ".html");
            List<String> ids = attributes(page, "id");
            assertEquals(new HashSet<>(ids).size(), ids.size(), "ids are unique");
            for (String href : attributes(page, "href")) {
                if (href.startsWith("#")) {
                    assertTrue(ids.contains(java.net.URLDecoder.decode(href.substring(1), "UTF-8")), href);
                }
            }
            for (var error : resolved.errors()) {
                String url = resolved.documentationUrl(error);
                if (url == null || catalog.docsBase() == null || !url.startsWith(catalog.docsBase().value() + "#")) {
                    continue;
                }
                String fragment = java.net.URI.create(url).getFragment();
                Matcher target = Pattern.compile("<(section|nav) class=\"(error|shared)\" id=\"" + Pattern.quote(fragment)
                        + "\">(.*?)</\\1>", Pattern.DOTALL).matcher(page);
                assertTrue(target.find(), url);
                String anchor = new ObjectMapper().readTree(files.get(catalog.id().value() + "/catalog.json"))
                        .get("errors").get(resolved.errors().indexOf(error)).get("anchor").asText();
                assertTrue(target.group(1).equals("section") ? anchor.equals(fragment)
                        : target.group(3).contains("href=\"#" + anchor + "\""), error.name() + " at " + url);
                checked++;
            }
        }
        assertEquals(28, checked, "the Experience Platform errors and those Classifications shares");
    }

    @Test
    void theIndexLinksEveryCatalogsFiles() throws Exception {
        Map<String, String> files = ReferenceFiles.of(ReferenceFiles.bundled());
        String index = files.get("index.html");
        Set<String> linked = new HashSet<>(attributes(index, "href"));
        Set<String> written = new HashSet<>(files.keySet());
        written.remove("index.html");
        assertEquals(written, linked);
    }

    private static List<String> attributes(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher matcher = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            values.add(matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&"));
        }
        return values;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}

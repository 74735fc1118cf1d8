package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.errorcatalog.generate.Docs;
import io.errorcatalog.generate.DocsRequest;
import io.errorcatalog.model.ReleaseHistory;

/**
 * The HTML reference in a real browser: Debian's headless Chromium loads a bundled catalog's page from
 * {@code file://}, the filter narrows the table as one types, a link leads to its section, a phone's screen
 * needs no sideways scrolling, the table splits no word at a phone's, a tablet's or a desktop's width, print
 * shows every row, a hostile catalog runs no script, and no request leaves the
 * page. Screenshots go to {@code target/browser-test/}. Skipped, saying so, only where Chromium is not installed
 * ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them).
 */
class ReferenceBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUTPUT = Path.of("target/browser-test");

    private static ChromeDriver browser;

    /** A trial user's catalog, whose German page broke "Schwerwiegend" and "payment_provider_down" in the middle. */
    private static final String SHOP = """
            id: shop-api
            title: Shop API
            locales: [en, de]
            wire: {format: problem, typeBase: "https://shop.example.com/problems/", parameters: true}
            errors:
              ORDER_NOT_FOUND: {code: order_not_found, status: 404, retry: never, params: {orderId: string},
                title: {en: Order not found, de: Bestellung nicht gefunden}, message: "Order {orderId} was not found."}
              TOO_MANY_ITEMS: {code: too_many_items, status: 400, retry: never, title: {en: Too many items, de: Zu viele Artikel},
                message: Too many items.}
              ORDER_LOCKED: {code: order_locked, status: 423, retry: after-delay,
                title: {en: Order locked, de: Bestellung gesperrt}, message: The order is locked.}
              PAYMENT_DECLINED: {code: payment_declined, status: 402, retry: never,
                title: {en: Payment declined, de: Zahlung abgelehnt}, message: The payment was declined.}
              PAYMENT_PROVIDER_DOWN: {code: payment_provider_down, status: 503, retry: retry-after,
                title: {en: Payment provider unavailable, de: Zahlungsanbieter nicht erreichbar},
                message: The payment provider is not reachable.}
              AMOUNT_TOO_LOW: {code: amount_too_low, status: 422, severity: warning, title: {en: Amount too low},
                message: The amount is too low.}
            """;

    /**
     * The places where a visible cell of the table of codes breaks its text between two letters or digits of
     * a script that separates words by spaces (Latin, Greek, Cyrillic): a word split in the middle. A break
     * after a space, or after the {@code _} or {@code -} of a code, is no such place; Japanese breaks between
     * any two characters, as it should.
     */
    @SuppressWarnings("unchecked")
    private static List<String> wordsBrokenInTheMiddle() {
        return (List<String>) browser.executeScript("""
                const word = /[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Nd}]/u;
                const broken = [];
                for (const cell of document.querySelectorAll('table[data-codes] th, table[data-codes] td')) {
                  if (cell.getClientRects().length === 0) continue;
                  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                  let before = null, top = null;
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (let i = 0; i < node.data.length; i++) {
                      const range = document.createRange();
                      range.setStart(node, i);
                      range.setEnd(node, i + 1);
                      const rects = range.getClientRects();
                      if (rects.length === 0) continue;
                      const c = node.data[i];
                      if (top !== null && rects[0].top > top + 1 && word.test(before) && word.test(c)) {
                        broken.push(cell.textContent.trim() + ' before "' + c + '"');
                      }
                      before = c;
                      top = rects[0].top;
                    }
                  }
                }
                return broken;
                """);
    }

    @BeforeAll
    static void startChromium() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            System.err.println("ReferenceBrowserTest SKIPPED: no " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; install them with: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        Docs.write(ReferenceFiles.bundled(), new DocsRequest(OUTPUT.resolve("docs"), OUTPUT.resolve("state"),
                EnumSet.of(DocsFormat.HTML), null, "2.0.0", ReleaseHistory.NONE));
        Docs.write(ReferenceFiles.valid("shop.yaml", ReferencePagesTest.HOSTILE), new DocsRequest(
                OUTPUT.resolve("hostile"), OUTPUT.resolve("state"), EnumSet.of(DocsFormat.HTML), null, null, ReleaseHistory.NONE));
        Docs.write(ReferenceFiles.valid("shop.yaml", SHOP), new DocsRequest(OUTPUT.resolve("words"),
                OUTPUT.resolve("state"), EnumSet.of(DocsFormat.HTML), null, null, ReleaseHistory.NONE));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens a page of the output, with a fragment where {@code page} has one. */
    private static void open(String page) {
        int hash = page.indexOf('#');
        String file = hash < 0 ? page : page.substring(0, hash);
        browser.get(OUTPUT.resolve(file).toAbsolutePath().toUri() + (hash < 0 ? "" : page.substring(hash)));
    }

    private static List<String> visibleCodes() {
        return browser.findElements(By.cssSelector("table[data-codes] tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(row -> row.findElement(By.tagName("td")).getText()).toList();
    }

    private static WebElement filter() {
        return browser.findElement(By.cssSelector("[data-filter] input"));
    }

    private static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), OUTPUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theFilterNarrowsTheTableAsOneTypes() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("docs/experience-platform/en.html");
        assertEquals(14, visibleCodes().size());
        assertTrue(filter().isDisplayed(), "the script shows the filter");
        WebElement count = browser.findElement(By.cssSelector("[data-filter] output"));
        assertEquals("14 of 14 errors", count.getText());

        filter().sendKeys("4030");
        assertEquals(List.of("403010", "403000", "403003", "403025", "403027"), visibleCodes(), "by code");
        assertEquals("5 of 14 errors", count.getText());
        screenshot("experience-platform-en-filtered.png");

        filter().clear();
        filter().sendKeys("oauth");
        assertEquals(List.of("403010", "401013"), visibleCodes(), "by title, in any case");
        filter().clear();
        filter().sendKeys("404");
        assertEquals(List.of("no code"), visibleCodes(), "by status: Not found");
        filter().clear();
        filter().sendKeys("api key invalid");
        assertEquals(List.of("403003"), visibleCodes(), "every word");
        filter().clear();
        filter().sendKeys("nothing like this");
        assertEquals(List.of(), visibleCodes());
        assertTrue(browser.findElement(By.cssSelector("[data-no-match]")).isDisplayed());
        filter().clear();
        filter().sendKeys(" ");
        assertEquals(14, visibleCodes().size(), "an empty filter shows every row");
    }

    @Test
    void aLinkAndADocumentationUrlLeadToTheirSections() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("docs/experience-platform/en.html");
        browser.findElement(By.linkText("403010")).click();
        assertEquals("oauth-token-is-missing", browser.executeScript("return document.querySelector(':target').id"));
        Number top = (Number) browser.executeScript("return document.querySelector(':target').getBoundingClientRect().top");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 50, "scrolled to the section: " + top);
        assertTrue(browser.findElement(By.id("oauth-token-is-missing")).getText().contains("Oauth token is missing."));
        screenshot("experience-platform-en-anchor.png");
        // Where the documentation URL of several errors is one anchor, it leads to the list of them.
        browser.get("about:blank");
        open("docs/experience-platform/en.html#api-status-codes");
        WebElement shared = browser.findElement(By.cssSelector(":target"));
        assertEquals("nav", shared.getTagName());
        assertEquals(5, shared.findElements(By.tagName("a")).size());
    }

    @Test
    void onAPhoneThePageNeedsNoSidewaysScrolling() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("docs/edge-network/ja.html");
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "the page is as wide as the phone's screen");
        screenshot("edge-network-ja-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theTableBreaksItsTextBetweenWordsAndACodeAfterItsSeparatorsAndFitsAPhone() throws Exception {
        List<String> pages = new java.util.ArrayList<>(List.of("words/shop-api/de.html", "words/shop-api/en.html"));
        try (var bundled = Files.list(OUTPUT.resolve("docs"))) {
            for (Path catalog : bundled.filter(Files::isDirectory).sorted().toList()) {
                try (var localePages = Files.list(catalog)) {
                    localePages.map(page -> OUTPUT.relativize(page).toString().replace('\\', '/')).sorted()
                            .forEach(pages::add);
                }
            }
        }
        List<String> broken = new java.util.ArrayList<>();
        for (int width : new int[] {390, 800, 1024, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                open(page);
                wordsBrokenInTheMiddle().forEach(each -> broken.add(page + " at " + width + " px: " + each));
                Number sideways = (Number) browser.executeScript(
                        "const table = document.querySelector('.table'); return table.scrollWidth - table.clientWidth");
                if (width == 390 && sideways.intValue() > 0) {
                    // Where a word is wider than a phone allows, the table scrolls, not the page; none here is.
                    broken.add(page + " at " + width + " px: the table scrolls sideways by " + sideways + " px");
                }
                Number whole = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (whole.intValue() > 0) {
                    broken.add(page + " at " + width + " px: the page scrolls sideways by " + whole + " px");
                }
            }
            if (width == 800) {
                open("words/shop-api/de.html");
                screenshot("shop-api-de-800.png");
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertEquals(List.of(), broken);
    }

    @Test
    void printShowsEveryRowAndNoFilter() {
        open("docs/platform-management/de.html");
        filter().sendKeys("zzz");
        assertEquals(List.of(), visibleCodes());
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals(21, visibleCodes().size());
            assertTrue(!browser.findElement(By.cssSelector("[data-filter]")).isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aHostileCatalogRunsNoScriptAndThePageMakesNoRequest() {
        open("hostile/shop/en.html");
        assertEquals(null, browser.executeScript("return window.pwned === undefined ? null : window.pwned"));
        assertEquals("<script>window.pwned = 'title'</script> Shop & Co", browser.findElement(By.tagName("h1")).getText());
        assertTrue(filter().isDisplayed(), "the page's own script runs");
        assertEquals(0L, browser.executeScript("return performance.getEntriesByType('resource').length"));
    }
}

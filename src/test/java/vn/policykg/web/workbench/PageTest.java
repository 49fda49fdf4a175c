package vn.policykg.web.workbench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import vn.policykg.web.Browser;
import vn.policykg.web.WebTest;

/** A workbench page test: the served service and one headless chromium per test class. */
abstract class PageTest extends WebTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }
}

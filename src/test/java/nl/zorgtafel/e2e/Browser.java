package nl.zorgtafel.e2e;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.zorgtafel.demo.DemoSecondFactors;
import nl.zorgtafel.testsupport.TotpCodes;

/**
 * One person's headless Chromium (Debian's), driven the way that person would: typing into
 * fields (the value reaches the server on blur or Enter, as in real use), picking from Vaadin
 * selects, combo boxes, radio and checkbox groups by their visible labels, and reading what the
 * page shows.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final String base;
    private final java.nio.file.Path downloads;

    private Browser(WebDriver driver, String base, java.nio.file.Path downloads) {
        this.driver = driver;
        this.base = base;
        this.downloads = downloads;
    }

    static Browser open(int port) throws Exception {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,1000", "--lang=nl-NL",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        var downloads = Files.createTempDirectory("downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        return new Browser(new ChromeDriver(options), "http://localhost:" + port, downloads);
    }

    /**
     * Signs in as people do: password, then the code from the authenticator app (a demo
     * account's fixed secret), and waits for the main navigation.
     */
    Browser signIn(String username, String password) {
        driver.get(base + "/login");
        passwordStep(username, password);
        codeStep(TotpCodes.next(DemoSecondFactors.SECRETS.get(username)));
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("main-navigation")));
        return this;
    }

    /** Fills the login form on the page shown and sends it with Enter. */
    void passwordStep(String username, String password) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password + "\n");
    }

    /** Types a code on the second-factor page and sends it with Enter. */
    void codeStep(String code) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#second-factor-code input")))
                .sendKeys(code + "\n");
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(base + "/" + path);
        waitForVaadin();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * The element once it is drawn, brought into the window first (the least scrolling that does it):
     * WebDriver counts an element scrolled out of the window as not drawn.
     */
    WebElement find(String id) {
        return drawn(id, "nearest");
    }

    /** Waits until the element is drawn, scrolling it into the window on each look (it may be redrawn). */
    private WebElement drawn(String id, String block) {
        return looking(id, block, element -> element.isDisplayed() ? element : null);
    }

    /**
     * Waits until {@code check} answers (non-null, not false) for the element, which is looked up and
     * scrolled into the window ({@code block}) on each look: a push may redraw it in between.
     */
    private <T> T looking(String id, String block, java.util.function.Function<WebElement, T> check) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            var found = d.findElements(By.id(id));
            if (found.isEmpty()) {
                return null;
            }
            try {
                scroll(found.getFirst(), block);
                return check.apply(found.getFirst());
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty() && driver.findElement(By.id(id)).isDisplayed();
    }

    void click(String id) {
        // Scrolled out of the layout's scrolling content, an element counts as hidden: bring it into view first.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
        press(new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    /** Scrolls the element to the middle of the window (clear of sticky headers) and clicks it. */
    void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /** Clicks a download link and returns the file the browser saved, once it is complete. */
    byte[] download(String id, String fileName) throws Exception {
        var file = downloads.resolve(fileName);
        Files.deleteIfExists(file);
        // Scrolled out of the layout's scrolling content, a link counts as hidden: bring it into view first.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
        click(id);
        new WebDriverWait(driver, WAIT).until(d -> Files.exists(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return Files.readAllBytes(file);
    }

    /** With -De2e.screenshots=true, saves what this browser shows at a step of the journey, for a person to look at. */
    void snap(String name) {
        if (Boolean.getBoolean("e2e.screenshots")) {
            screenshot(name);
        }
    }

    /** Saves what this browser shows now, to look at after a failure. */
    void screenshot(String name) {
        try {
            var target = java.nio.file.Path.of("target", "e2e-screenshots");
            Files.createDirectories(target);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(target.resolve(name + ".png"), png);
        } catch (Exception e) {
            // A missing screenshot must not hide the failure it was meant to explain.
        }
    }

    /** Types into a text field or area and leaves it (Tab), so the value is sent as on blur. */
    void type(String id, String text) {
        WebElement input = inner(id);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /**
     * Types into a text area and stays in it, as a person still writing: nothing like blur or
     * Enter tells the page the field is done. Waits as long as a short pause in typing, after
     * which a field that sends its value as typed (lazily) has sent it.
     */
    void typeAndStay(String id, String text) throws InterruptedException {
        WebElement input = inner(id);
        input.click();
        input.sendKeys(text);
        // The pause itself is the point: a lazily sending field sends after 400 ms without keystrokes.
        Thread.sleep(1000);
        waitForVaadin();
    }

    /** A date picker: typed as a Dutch user would (d-M-yyyy), confirmed with Enter. */
    void date(String id, String dMyyyy) {
        WebElement input = inner(id);
        input.clear();
        input.sendKeys(dMyyyy, Keys.ENTER);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** A Vaadin select: opens it and picks the item with this visible label. */
    void select(String id, String label) {
        click(id);
        By item = By.xpath("//vaadin-select-item[normalize-space(.)=" + literal(label) + "]");
        // Other selects on the page may hold the same label in their closed lists: take the open one's.
        press(new WebDriverWait(driver, WAIT).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null)));
    }

    /** A combo box (single or multi): types to filter and picks the item that shows this text. */
    void combo(String id, String text) {
        boolean multi = find(id).getTagName().equals("vaadin-multi-select-combo-box");
        WebElement input = inner(id);
        press(input);
        input.sendKeys(text);
        By item = By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item]"
                + "[contains(normalize-space(.), " + literal(text) + ")]");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(item)).click();
        if (multi) {
            // A multi-select keeps its list open; Escape closes the list (not the dialog around it).
            input.sendKeys(Keys.ESCAPE);
        }
        waitForVaadin();
    }

    /** A radio button of a group, by its label. */
    void radio(String groupId, String label) {
        press(find(groupId).findElement(By.xpath(".//vaadin-radio-button[normalize-space(.)=" + literal(label) + "]")));
    }

    /** A checkbox of a group, by its label. */
    void check(String groupId, String label) {
        press(find(groupId).findElement(By.xpath(".//vaadin-checkbox[normalize-space(.)=" + literal(label) + "]")));
    }

    /** The confirm button of an open Vaadin confirm dialog. */
    void confirm() {
        By button = By.xpath("//vaadin-button[@slot='confirm-button']");
        press(new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(button)));
    }

    /** The element's text as drawn, after scrolling its top into view as a reader would. */
    String text(String id) {
        return drawn(id, "start").getText();
    }

    /**
     * Waits until the element shows this text (also when a push brings it). Its top is scrolled
     * into view on each look: WebDriver counts a part scrolled above the window as not drawn.
     */
    void waitForText(String id, String text) {
        looking(id, "start", element -> element.getText().contains(text));
    }

    private void scroll(WebElement element, String block) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: arguments[1]});", element,
                block);
    }

    /**
     * Waits until an element holds this text whether or not it is drawn: what a screen reader
     * hears from a live region that is hidden on screen. Returns the text.
     */
    String waitForSpokenText(String id, String text) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            Object spoken = ((JavascriptExecutor) d).executeScript(
                    "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id);
            return spoken != null && spoken.toString().contains(text) ? spoken.toString() : null;
        });
    }

    /**
     * Presses Tab (only the keyboard) until the focus is inside the element with this id, and on
     * an element whose text holds {@code text} when given. Fails when it is not reachable so.
     */
    void tabTo(String id, String text) {
        for (int i = 0; i < 250; i++) {
            if (focusIsIn(id, text)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Not reachable by Tab: #" + id + (text == null ? "" : " \"" + text + "\""));
    }

    /** Presses arrow down (e.g. in a radio group) until the focused option's text holds {@code text}. */
    void arrowTo(String id, String text) {
        for (int i = 0; i < 20; i++) {
            if (focusIsIn(id, text)) {
                return;
            }
            keys(Keys.ARROW_DOWN);
        }
        throw new AssertionError("Not reachable by arrow keys in #" + id + ": " + text);
    }

    /** Keys to whatever has the focus, as a keyboard does. */
    void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    private boolean focusIsIn(String id, String text) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const [id, text] = arguments;
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                let e = a, label = '';
                while (e) {
                  if (!label && e.textContent && e.textContent.trim()) label = e.textContent;
                  if (e.id === id) return !text || label.includes(text);
                  e = e.parentElement || (e.getRootNode && e.getRootNode().host) || null;
                }
                return false;""", id, text));
    }

    /** Scrolls the element into view: text scrolled out of the layout's scrolling content does not count as shown. */
    void reveal(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    /** Waits for the page's whole text to contain this text. */
    void waitForPageText(String text) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** What a field's input shows: its text, or a combo box's chosen label. */
    String inputValue(String id) {
        return inner(id).getAttribute("value");
    }

    private WebElement inner(String id) {
        WebElement field = find(id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        return field.findElement(By.cssSelector("input, textarea"));
    }

    /** Waits until Vaadin has no request in flight. */
    /**
     * Waits until the page's Vaadin client exists and has no request under way. Every page here is
     * a Vaadin page: one whose client has not started yet is still loading (blank), not idle.
     */
    void waitForVaadin() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + " return document.readyState === 'complete' && !!clients && Object.keys(clients).length > 0"
                        + " && Object.values(clients).every(c => !c.isActive || !c.isActive());")));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}

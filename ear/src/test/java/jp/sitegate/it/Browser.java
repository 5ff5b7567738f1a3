package jp.sitegate.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (nothing is downloaded), with the flags that work
 * on these machines, and helpers for PrimeFaces components. Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final Path downloads;

    Browser() throws IOException {
        profile = Files.createTempDirectory("sitegate-chromium");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions o = new ChromeOptions();
        o.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        o.setBinary("/usr/bin/chromium");
        // the console, for the content security policy's refusals (cspViolations)
        o.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=ja", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // an element the page replaced meanwhile is looked up again: Chromium reports it as a stale element or, since
        // 156, as an "unknown error: Node with given id does not belong to the document" (a plain WebDriverException);
        // anything else that keeps failing still ends the wait with a TimeoutException carrying the last cause
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /**
     * Clicks a download button and waits for the file the browser saves.
     *
     * @param css the button
     * @return the downloaded file (its name as the server sent it)
     * @throws IOException when the downloads folder cannot be read
     */
    Path download(String css) throws IOException {
        try (java.util.stream.Stream<Path> before = Files.list(downloads)) {
            before.forEach(f -> f.toFile().delete());
        }
        click(css);
        // Chromium writes a hidden temporary file, then NAME.crdownload, then renames it to NAME when complete
        java.util.function.Predicate<Path> complete = f -> {
            String name = f.getFileName().toString();
            return !name.startsWith(".") && !name.endsWith(".crdownload") && !name.endsWith(".tmp")
                    && f.toFile().length() > 0;
        };
        wait.until(d -> {
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                return files.anyMatch(complete);
            } catch (IOException e) {
                return false;
            }
        });
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            return files.filter(complete).findFirst().orElseThrow();
        }
    }

    void open(String path) {
        driver.get(Api.BASE + path);
    }

    /**
     * @return how long the last full page load took in the browser, from navigation start to the load event's end
     *         (ms; the document, its scripts, styles and images), as the Navigation Timing API reports it
     */
    double lastNavigationMs() {
        Object ms = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd - n.startTime : -1;");
        return ((Number) ms).doubleValue();
    }

    /** Logs in through the login page as a demo user. */
    void login(String user) {
        login(user, Api.DEMO_PASSWORD);
    }

    /** Logs in through the login page with a password. */
    void login(String user, String password) {
        open("login.xhtml");
        type("#login\\:username", user);
        type("#login\\:password", password);
        click("#login\\:submit");
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Types key by key (PrimeFaces reacts to key-up). */
    void type(String css, String text) {
        WebElement e = visible(css);
        e.clear();
        for (char c : text.toCharArray()) {
            e.sendKeys(String.valueOf(c));
        }
    }

    /** Types into a p:autoComplete and closes its suggestion panel so it covers nothing. */
    void typeAutoComplete(String id, String text) {
        String css = "#" + id.replace(":", "\\:");
        type(css + "_input", text);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css + "_panel")));
        visible(css + "_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css + "_panel")));
    }

    /** Sets a p:inputNumber through its widget (typing fights its formatting). */
    void inputNumber(String id, int value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);", id, value);
    }

    /**
     * Types into an sg:date field as a user does and leaves it (issue 14); the day must differ from the one shown.
     *
     * @param id    the field's client id, e.g. {@code receive:expiryDate}
     * @param typed what the user types, e.g. {@code 令和12年12月31日}
     * @return what the page says it understood (→ …), or the error it shows under the field
     */
    String date(String id, String typed) {
        String css = "#" + id.replace(":", "\\:");
        java.util.function.Function<org.openqa.selenium.WebDriver, String> shown = d -> {
            String understood = d.findElement(By.cssSelector(css + "_understood")).getText();
            return understood.isBlank() ? d.findElement(By.cssSelector(css + "_message")).getText() : understood;
        };
        String before = shown.apply(driver);
        WebElement field = visible(css);
        // select what is there and type over it: clearing first would send a change of its own (an empty field)
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        for (char c : typed.toCharArray()) {
            field.sendKeys(String.valueOf(c));
        }
        field.sendKeys(org.openqa.selenium.Keys.TAB);
        // the field's AJAX round trip replaces what it says: what it understood (→ …) or why it could not read the
        // text typed (which the message quotes); typing the day it already shows would wait in vain
        return wait.until(d -> {
            String now = shown.apply(d);
            return now.equals(before) || !(now.contains("→") || now.contains(typed.strip())) ? null : now;
        });
    }

    /**
     * Clicks an element once it is clickable, scrolled to the middle of the window so the fixed menu bar cannot
     * cover it; a click that another element (an overlay still fading out) intercepts is tried again.
     */
    void click(String css) {
        wait.until(d -> {
            WebElement e = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (e == null) {
                return false;
            }
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'});", e);
            try {
                e.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    /**
     * Chooses an item of a p:selectOneMenu by (part of) its label through the widget, as a click on the item would
     * (change event and ajax behaviours included). Clicking the overlay panel was flaky: while it animates or sits
     * under the fixed menu bar the click lands on another element.
     */
    void selectOneMenu(String id, String labelPart) {
        String css = "#" + id.replace(":", "\\:");
        visible(css);
        Object chosen = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]), part = arguments[1];"
                        + "if (!w.items || w.items.length === 0) { w.callHandleMethod(null, null); }"
                        + "var li = w.items.filter(function () {"
                        + "  return (this.getAttribute('data-label') || '').indexOf(part) >= 0; }).first();"
                        + "if (li.length === 0) { return false; }"
                        + "w.selectItem(li, false); return true;",
                id, labelPart);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError("no item labelled " + labelPart + " in " + id);
        }
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css + "_label"), labelPart));
    }

    /** The text of a visible element, looked up again if the page replaced it meanwhile. */
    String text(String css) {
        return wait.until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() ? e.getText() : null;
        });
    }

    /**
     * @param css  an element
     * @param part text it will show (after an AJAX update, say)
     * @return the element's text once it contains {@code part} (the wait fails the test otherwise)
     */
    String textContaining(String css, String part) {
        return wait.until(d -> {
            java.util.List<WebElement> found = d.findElements(By.cssSelector(css));
            String t = found.isEmpty() || !found.get(0).isDisplayed() ? "" : found.get(0).getText();
            return t.contains(part) ? t : null;
        });
    }

    /**
     * @param tableCss a p:dataTable
     * @param part     text of one of its rows
     * @return the index of the first row showing {@code part} (the wait fails the test when none does)
     */
    int rowContaining(String tableCss, String part) {
        return wait.until(d -> {
            java.util.List<WebElement> rows = d.findElements(By.cssSelector(tableCss + " tbody tr"));
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getText().contains(part)) {
                    return i;
                }
            }
            return null;
        });
    }

    /**
     * @param css an element
     * @return true when it is on the page and visible now (no wait)
     */
    boolean visibleNow(String css) {
        java.util.List<WebElement> found = driver.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("sitegate.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Screenshots the page at the desktop size and on a tablet (1024×768, issue 14: the README shows both), and
     * fails when the tablet has to scroll sideways to see the page.
     *
     * @param name the desktop screenshot's name; the tablet's is {@code <name>-tablet}
     * @throws IOException when a screenshot cannot be written
     */
    void screenshotDesktopAndTablet(String name) throws IOException {
        screenshot(name);
        org.openqa.selenium.Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768));
        try {
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            screenshot(name + "-tablet");
            if (((Number) overflow).intValue() > 1) {
                throw new AssertionError(name + " scrolls sideways on a tablet by " + overflow + " px");
            }
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    /** @return the CSS of the sortable header of a table's column with that heading */
    String sortable(String tableId, String heading) {
        return "#" + tableId.replace(":", "\\:") + " th.ui-sortable-column[aria-label*='" + heading + "'] .ui-sortable-column-icon";
    }

    /** @return the numbers of a table's column (1-based) on the page shown, top to bottom */
    java.util.List<Long> column(String tableId, int n) {
        return driver.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr td:nth-child(" + n
                + ")")).stream().map(e -> Long.parseLong(e.getText().replaceAll("[^0-9]", ""))).toList();
    }

    /** @return true when the numbers are in that order and not all equal */
    static boolean ordered(java.util.List<Long> values, boolean ascending) {
        java.util.List<Long> sorted = new java.util.ArrayList<>(values);
        sorted.sort(ascending ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder());
        return values.size() >= 2 && values.equals(sorted) && !values.get(0).equals(values.get(values.size() - 1));
    }

    /** @return the text of a table's first body row */
    String firstRow(String tableId) {
        return driver.findElement(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr")).getText();
    }

    /** A browser flow that may throw. */
    interface Flow {
        void run() throws Exception;
    }

    /**
     * Runs a flow; on failure saves a screenshot and the page source as {@code <name>-failure.*} and rethrows.
     */
    void recordingFailures(String name, Flow flow) throws Exception {
        try {
            flow.run();
        } catch (Exception | AssertionError e) {
            try {
                screenshot(name + "-failure");
                Path dir = Path.of(System.getProperty("sitegate.screenshots", "target/screenshots"));
                Files.writeString(dir.resolve(name + "-failure.html"), driver.getPageSource());
            } catch (RuntimeException | IOException ignored) {
                // the original failure matters more
            }
            throw e;
        }
    }

    @Override
    public void close() {
        java.util.List<String> violations = cspViolations();
        driver.quit();
        if (!violations.isEmpty()) {
            throw new AssertionError("the content security policy refused scripts of SiteGate's pages (issue 15): "
                    + violations);
        }
    }

    /**
     * What the browser refused under the content security policy since the last call: every browser test ends with
     * none ({@link #close()}), so a page whose PrimeFaces component or own script needs {@code 'unsafe-inline'} or
     * {@code eval} fails the test that uses it (issue 15).
     *
     * @return the console messages of refusals, empty when none
     */
    java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }
}

package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.security.SystemTasks;

/**
 * The live meeting in two real browsers (Debian's headless Chromium) against the demo on a real
 * port: the chair moves the session on and the other page follows by server push; what a
 * member records appears on the chair's page without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class LiveMeetingBrowserTest {

    private static final Duration PUSH = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    MeetingService meetings;
    @Autowired
    SystemTasks system;
    @Autowired
    UserDetailsService users;

    private final List<WebDriver> browsers = new java.util.ArrayList<>();

    @BeforeEach
    void chromium() {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private WebDriver browser() throws Exception {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        var driver = new ChromeDriver(options);
        browsers.add(driver);
        return driver;
    }

    private WebDriver signedIn(String username) throws Exception {
        var driver = browser();
        driver.get("http://localhost:" + port + "/login");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys("demo-zorgtafel\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-navigation")));
        return driver;
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(by));
    }

    private static void waitForText(WebDriver driver, String id, String text) {
        new WebDriverWait(driver, PUSH).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void the_chair_moves_on_and_a_member_s_inbreng_reaches_the_chair_by_push() throws Exception {
        long session = system.as(users.loadUserByUsername("voorzitter"), () -> meetings.find(true, 0, 1).getFirst().id());
        String live = "http://localhost:" + port + "/live/" + session;

        var chair = signedIn("voorzitter");
        chair.get(live);
        waitFor(chair, By.id("live-accept")).click();
        waitFor(chair, By.id("live-start")).click();
        waitForText(chair, "live-agenda", "nu aan de orde");

        var member = signedIn("jeugdzorg");
        member.get(live);
        waitFor(member, By.id("live-accept")).click();
        waitForText(member, "live-agenda", "nu aan de orde");

        // The chair moves to the review block and on to the first case: the member's page follows.
        waitFor(chair, By.id("live-next")).click();
        waitForText(member, "live-review", "Terugblik op acties");
        waitFor(chair, By.id("live-next")).click();
        new WebDriverWait(member, PUSH).until(d -> d.findElement(By.id("live-note-body")).isDisplayed());

        // The member records inbreng; it appears on the chair's page without a reload.
        member.findElement(By.cssSelector("#live-note-body textarea")).sendKeys("Jongere is gisteren weer weggelopen.");
        waitFor(member, By.id("live-add-inbreng")).click();
        waitForText(member, "live-notes", "weer weggelopen");
        waitForText(chair, "live-notes", "weer weggelopen");
        assertThat(chair.findElement(By.id("live-notes")).getText()).contains("Inbreng Jeugdhulp De Horizon");
    }
}

package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.zorgtafel.security.Totp;
import nl.zorgtafel.testsupport.ApplicationProcess;
import nl.zorgtafel.testsupport.MariaDbServer;

/**
 * The operations guide's "First start", run as written: the {@code sh} blocks of that section of
 * docs/operations.md, in order, in bash, against a fresh MariaDB server on loopback, then step 7
 * in a real browser up to a signed-in Beheerder. What an operator fills in is filled in here
 * (passwords, keys, the database's address); two things differ and are said so: the application
 * starts from the build's class path instead of the jar (tests run before Maven packages it), and
 * the embedded server has no TLS certificate ({@code sslMode=DISABLED} on loopback).
 */
@ExtendWith(ScreenshotOnFailure.class)
class OperationsGuideBrowserTest implements ScreenshotOnFailure.WithBrowsers {

    private static final Pattern BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("https://zorgtafel\\.example\\.nl(/wachtwoord-instellen/\\S+)");

    private final List<Browser> browsers = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @Override
    public List<Browser> browsers() {
        return browsers;
    }

    @AfterEach
    void stop() {
        browsers.forEach(Browser::close);
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void the_guide_alone_gets_an_operator_from_a_fresh_server_to_a_signed_in_beheerder() throws Exception {
        List<String> steps = firstStartBlocks();
        assertThat(steps).as("sh blocks of steps 1-6").hasSize(6);
        var server = MariaDbServer.startServer();
        Path work = Files.createTempDirectory("first-start");
        String migratePassword = secret();
        String appPassword = secret();
        Files.createDirectories(work.resolve("docs"));
        Files.writeString(work.resolve("docs/mysql-setup.sql"), Files.readString(Path.of("docs/mysql-setup.sql"))
                .replace("change-me-migrate", migratePassword).replace("change-me-app", appPassword));
        Files.copy(Path.of("docs/mysql-grants.sql"), work.resolve("docs/mysql-grants.sql"));

        int port = ApplicationProcess.freePort();
        Map<String, String> environment = new HashMap<>(Map.of(
                "MARIADB_CLIENT", server.bin().resolve("mariadb").toString(),
                "DB_PORT", String.valueOf(server.port()),
                "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "APP_CLASSPATH", applicationClassPath(),
                "ZORGTAFEL_DB_PASSWORD", appPassword,
                "ZORGTAFEL_DB_MIGRATION_PASSWORD", migratePassword,
                "ZORGTAFEL_CRYPTO_KEYS_K2026", key(),
                "ZORGTAFEL_CRYPTO_HASHKEY", key(),
                "SERVER_PORT", String.valueOf(port),
                "ZORGTAFEL_MANAGEMENT_PORT", String.valueOf(ApplicationProcess.freePort())));
        environment.put("ZORGTAFEL_CRYPTO_CONCERNKEY", key());
        String prelude = """
                set -euo pipefail
                # The operator's "mysql -u root -p": the server's client as its administrator.
                mysql() { "$MARIADB_CLIENT" --protocol=TCP -h 127.0.0.1 -P "$DB_PORT" -u root --password=; }
                """;
        String exports = operatorsValues(steps.get(1));

        run(work, environment, prelude + steps.get(0));
        run(work, environment, prelude + exports + launcher(steps.get(2)));
        run(work, environment, prelude + steps.get(3));
        String printed = run(work, environment, prelude + exports + launcher(steps.get(4)));
        Matcher link = LINK.matcher(printed);
        assertThat(link.find()).as("the one-time link on standard output: %s", printed).isTrue();

        // Step 6 runs until the test ends (exec: the application itself is the process to stop).
        var application = new ProcessBuilder("bash", "-c", prelude + exports + "exec " + launcher(steps.get(5)).strip())
                .directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("target/first-start-app.log")));
        application.environment().putAll(environment);
        processes.add(application.start());
        ApplicationProcess.awaitReady(Integer.parseInt(environment.get("ZORGTAFEL_MANAGEMENT_PORT")), processes.getLast());

        // Step 7, in the browser: the link, a password, the authenticator app, the recovery codes.
        var browser = Browser.open(port);
        browsers.add(browser);
        browser.go(link.group(1).substring(1));
        browser.type("password-new", "een lange zin voor de eerste beheerder");
        browser.type("password-repeat", "een lange zin voor de eerste beheerder");
        browser.click("password-save");
        browser.waitForPageText("Je wachtwoord is ingesteld");
        browser.go("login");
        browser.passwordStep("j.jansen", "een lange zin voor de eerste beheerder");
        String key = browser.text("second-factor-key").replace(" ", "");
        browser.codeStep(Totp.code(key, Totp.step(Instant.now())));
        browser.find("recovery-codes");
        browser.click("recovery-codes-stored");
        browser.click("recovery-codes-next");
        browser.find("main-navigation");
        browser.waitForPageText("Beheer");
        browser.snap("first-start-signed-in-beheerder");
    }

    /** The sh blocks of the section "First start", in order. */
    private static List<String> firstStartBlocks() throws IOException {
        String guide = Files.readString(Path.of("docs/operations.md"));
        int start = guide.indexOf("## First start");
        int end = guide.indexOf("\n## ", start + 1);
        Matcher blocks = BLOCK.matcher(guide.substring(start, end));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1).lines().map(String::strip).collect(Collectors.joining("\n")).replace("\\\n", " ") + "\n");
        }
        return found;
    }

    /** Step 2's exports with what the operator fills in: the server's address and the secrets. */
    private static String operatorsValues(String exports) {
        return exports.replace("db.example:3306", "127.0.0.1:${DB_PORT}")
                .replace("sslMode=REQUIRED", "sslMode=DISABLED")
                .replaceAll("export (\\w+)=\\.\\.\\.", "export $1=\"\\${$1}\"");
    }

    /** The jar's start, from the build's class path (main classes and libraries, no test classes). */
    private static String launcher(String step) {
        assertThat(step).contains("java -jar target/zorgtafel-*.jar");
        return step.replace("java -jar target/zorgtafel-*.jar", "\"$JAVA\" -cp \"$APP_CLASSPATH\" nl.zorgtafel.Application");
    }

    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String run(Path work, Map<String, String> environment, String script) throws Exception {
        var builder = new ProcessBuilder("bash", "-c", script).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("exit code of:%n%s%n%s", script, output).isZero();
        return output;
    }

    private static String secret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}

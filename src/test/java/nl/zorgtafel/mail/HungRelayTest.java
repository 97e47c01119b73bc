package nl.zorgtafel.mail;

import static nl.zorgtafel.db.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SMTP relay that accepts connections and never says a word: the sender gives up at its
 * socket timeout, holds no outbox row locked meanwhile, records the error for the Beheerder,
 * and readiness answers at once all the while.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"zorgtafel.mail.sender.enabled=false", "spring.mail.properties.mail.smtp.timeout=3000",
                "spring.mail.properties.mail.smtp.connectiontimeout=3000"})
class HungRelayTest {

    private static final ServerSocket RELAY;
    private static final List<Socket> HELD = new ArrayList<>();

    static {
        try {
            RELAY = new ServerSocket(0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Thread.ofVirtual().start(() -> {
            while (!RELAY.isClosed()) {
                try {
                    HELD.add(RELAY.accept());
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });
    }

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", RELAY::getLocalPort);
    }

    @AfterAll
    static void close() throws Exception {
        RELAY.close();
        for (Socket socket : HELD) {
            socket.close();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    OutboxService outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_silent_relay_blocks_neither_readiness_nor_the_outbox() throws Exception {
        var transaction = new TransactionTemplate(transactions);
        long id = transaction.execute(status -> outbox.enqueue(
                new OutgoingMail("iemand@example.org", "Test", "Tekst", null, null, null)));

        var sending = CompletableFuture.supplyAsync(sender::sendDue);
        Thread.sleep(700);
        assertThat(sending).isNotDone();

        var http = HttpClient.newHttpClient();
        for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
            long start = System.nanoTime();
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(probe).isLessThan(Duration.ofSeconds(1));
        }
        // The row is free: another transaction may lock it while the relay keeps silent.
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> dsl.selectFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.eq(id))
                .forUpdate().fetch());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

        assertThat(sending.get()).isZero();
        var row = dsl.selectFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.eq(id)).fetchSingle();
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getLastError()).isNotBlank();
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
    }
}

package nl.zorgtafel.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Spring test on a real MySQL-compatible server (MariaDB, started once per test JVM) with the
 * production {@code mysql} profile; each test method runs in a rolled-back transaction.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbServer.class)
@Transactional
public @interface MariaDbTest {
}

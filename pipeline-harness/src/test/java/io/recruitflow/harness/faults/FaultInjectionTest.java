package io.recruitflow.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.recruitflow.harness.faults.ReliabilityTable.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault-injection suite in its short mode: one standalone broker and the three
 * services as their own JVMs, killed, frozen, restarted, poisoned and scaled while candidates flow;
 * nothing may be lost or duplicated. The table goes to {@code target/faults/reliability-short.md}.
 * The long mode: {@link LongRun}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionTest {

    private static final Path WORK = Path.of("target", "faults");

    private FaultSuite suite;

    @BeforeAll
    void startThePipeline() {
        suite = FaultSuite.start(FaultSettings.shortMode(WORK));
    }

    @AfterAll
    void stopThePipeline() throws IOException {
        if (suite != null) {
            System.out.println(suite.table().markdown());
            Files.writeString(WORK.resolve("reliability-short.md"), suite.table().markdown());
            suite.close();
        }
    }

    @Test
    @Order(1)
    void sigkilledServicesLoseAndDuplicateNothing() throws IOException {
        assertPassed(suite.killServices());
    }

    @Test
    @Order(2)
    void aSigkilledBrokerLosesAndDuplicatesNothingAfterRecovery() throws IOException {
        assertPassed(suite.killBroker());
    }

    @Test
    @Order(3)
    void poisonRecordsLandInTheirDeadLetterTopicsOnceAndTheRestFlows() throws IOException {
        assertPassed(suite.poison());
    }

    @Test
    @Order(4)
    void scalingOutAndInLosesNothingAndAFrozenInstanceIsFenced() throws IOException {
        assertPassed(suite.scaleOutAndIn());
    }

    @Test
    @Order(5)
    void aFailingWebhookGetsEveryNotificationOnceItRecovers() throws IOException {
        assertPassed(suite.webhookOutage());
    }

    @Test
    @Order(6)
    void erasedCandidatesLeaveEveryCompactedTopicAndEveryService() throws IOException {
        assertPassed(suite.erasure());
    }

    @Test
    @Order(7)
    void noCanaryPersonalDataInAnyServiceLog() {
        assertThat(suite.canaryLeaks()).as("canary personal data in service logs").isEmpty();
    }

    private void assertPassed(Row row) throws IOException {
        String table = suite.table().markdown();
        Files.writeString(WORK.resolve("reliability-short.md"), table);
        System.out.println(row.scenario() + (row.passed() ? ": pass" : ": FAIL " + row.problems()));
        assertThat(row.problems()).as(row.scenario()).isEmpty();
    }
}

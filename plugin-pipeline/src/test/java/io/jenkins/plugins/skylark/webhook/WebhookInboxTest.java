package io.jenkins.plugins.skylark.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookInboxTest {
    @TempDir
    Path home;

    @Test
    void shouldFindWhatWasDeliveredForTheSameSourceAndKeyOnly() throws Exception {
        WebhookInbox inbox = new WebhookInbox(home.resolve("skylark-webhooks"));

        inbox.deliver("sonarqube", "AU-Tpxb--iU5OvuD2FLy", "{\"status\":\"SUCCESS\"}");

        assertThat(inbox.find("sonarqube", "AU-Tpxb--iU5OvuD2FLy")).contains("{\"status\":\"SUCCESS\"}");
        assertThat(inbox.find("harbor", "AU-Tpxb--iU5OvuD2FLy")).isEmpty();
        assertThat(inbox.find("sonarqube", "another-task")).isEmpty();
    }

    @Test
    void shouldReplaceAnEarlierDeliveryAndLeaveNoTemporaryFile() throws Exception {
        WebhookInbox inbox = new WebhookInbox(home);

        inbox.deliver("harbor", "sha256:abc", "{\"scan\":\"Running\"}");
        inbox.deliver("harbor", "sha256:abc", "{\"scan\":\"Success\"}");

        assertThat(inbox.find("harbor", "sha256:abc")).contains("{\"scan\":\"Success\"}");
        assertThat(files()).hasSize(1).allMatch(name -> name.matches("[0-9a-f]{64}\\.json"));
    }

    @Test
    void shouldNeverLetAKeyNameAPath() throws Exception {
        WebhookInbox inbox = new WebhookInbox(home.resolve("inbox"));

        inbox.deliver("sonarqube", "../../etc/passwd", "{}");

        assertThat(inbox.find("sonarqube", "../../etc/passwd")).contains("{}");
        assertThat(Files.list(home).map(p -> p.getFileName().toString())).containsExactly("inbox");
    }

    @Test
    void shouldSurviveANewInstanceOnTheSameDirectory() throws Exception {
        new WebhookInbox(home).deliver("sonarqube", "task-1", "{\"a\":1}");

        assertThat(new WebhookInbox(home).find("sonarqube", "task-1")).contains("{\"a\":1}");
    }

    @Test
    void shouldPurgeOnlyPayloadsOlderThanTheInstant() throws Exception {
        WebhookInbox inbox = new WebhookInbox(home);
        Instant now = Instant.now();
        inbox.deliver("sonarqube", "old", "{}");
        for (String name : files()) {
            Files.setLastModifiedTime(home.resolve(name), FileTime.from(now.minusSeconds(7200)));
        }
        inbox.deliver("sonarqube", "new", "{}");

        int purged = inbox.purgeOlderThan(now.minusSeconds(3600));

        assertThat(purged).isEqualTo(1);
        assertThat(inbox.find("sonarqube", "old")).isEmpty();
        assertThat(inbox.find("sonarqube", "new")).contains("{}");
    }

    @Test
    void shouldPurgeNothingWhenNothingArrivedYet() throws Exception {
        assertThat(new WebhookInbox(home.resolve("none")).purgeOlderThan(Instant.now())).isZero();
    }

    @Test
    void shouldRefuseASourceThatIsNotALowerCaseNameAndABlankKey() {
        WebhookInbox inbox = new WebhookInbox(home);

        assertThatThrownBy(() -> inbox.deliver("../x", "k", "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../x'");
        assertThatThrownBy(() -> inbox.find("sonarqube", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key must not be blank");
    }

    private List<String> files() throws Exception {
        try (Stream<Path> all = Files.list(home)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}

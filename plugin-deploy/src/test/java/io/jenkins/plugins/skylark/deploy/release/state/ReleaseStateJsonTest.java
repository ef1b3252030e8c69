package io.jenkins.plugins.skylark.deploy.release.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReleaseStateJsonTest {
    private static final String SOURCE = "ConfigMap shop-prod/skylark-release-orders";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadBackEveryFieldAndEveryStepKind() {
        ReleaseState state = ReleaseStates.full();

        ReleaseState read = ReleaseStateJson.read(ReleaseStateJson.write(state), SOURCE);

        assertThat(read).isEqualTo(state);
        assertThat(read.startedAt()).isEqualTo(ReleaseStates.STARTED);
        assertThat(read.steps()).hasSize(8).element(6)
                .isEqualTo(new ReleaseStep.Pause(null));
    }

    @Test
    void shouldWriteTheStepKindAsKeyAndTheFormatVersion() throws Exception {
        ObjectNode json = (ObjectNode) mapper.readTree(ReleaseStateJson.write(ReleaseStates.full()));

        assertThat(json.get("formatVersion").asInt()).isEqualTo(ReleaseStateJson.FORMAT_VERSION);
        assertThat(json.get("steps").toString()).isEqualTo("[{\"weight\":10},{\"pause\":\"PT5M\"},"
                + "{\"analysis\":\"success-rate\"},{\"match\":{\"header\":\"x-canary\",\"value\":\"true\"}},"
                + "{\"match\":{\"cookie\":\"canary\"}},{\"weight\":50},{\"pause\":\"approval\"},{\"weight\":100}]");
        assertThat(json.get("startedAt").asText()).isEqualTo("2026-12-03T12:00:00.123456789Z");
        assertThat(json.get("target").get("router").asText()).isEqualTo("NGINX");
    }

    @Test
    void shouldIgnoreFieldsANewerPluginWrote() throws Exception {
        ObjectNode json = (ObjectNode) mapper.readTree(ReleaseStateJson.write(ReleaseStates.full()));
        json.put("formatVersion", 2).put("trafficMirror", "10%");
        ((ObjectNode) json.get("target")).put("gateway", "public");
        ((ObjectNode) json.get("history").get(0)).putObject("actor").put("user", "alice");
        ((ObjectNode) json.get("steps").get(0)).put("stepTimeout", "PT1M");

        assertThat(ReleaseStateJson.read(json.toString(), SOURCE)).isEqualTo(ReleaseStates.full());
    }

    @Test
    void shouldReadFieldsAnOlderPluginDidNotWriteAsEmpty() throws Exception {
        ObjectNode json = (ObjectNode) mapper.readTree(ReleaseStateJson.write(ReleaseStates.full()));
        json.remove(java.util.List.of("analyses", "history", "canaryWeight", "exposedUsers", "match"));

        ReleaseState read = ReleaseStateJson.read(json.toString(), SOURCE);

        assertThat(read.analyses()).isEmpty();
        assertThat(read.history()).isEmpty();
        assertThat(read.canaryWeight()).isZero();
        assertThat(read.exposedUsers()).isFalse();
        assertThat(read.match()).isNull();
        assertThat(read.steps()).isEqualTo(ReleaseStates.full().steps());
    }

    @Test
    void shouldNameTheSourceWhenTheJsonIsBroken() {
        assertThatThrownBy(() -> ReleaseStateJson.read("{\"formatVersion\":1,\"releaseId\":", SOURCE))
                .isInstanceOf(ReleaseStateException.class)
                .hasMessageStartingWith(SOURCE + " holds broken JSON instead of a release state");
        assertThatThrownBy(() -> ReleaseStateJson.read("[1, 2]", SOURCE))
                .isInstanceOf(ReleaseStateException.class)
                .hasMessageContaining(SOURCE + " does not hold a Skylark release state (no numeric field formatVersion)");
    }

    @Test
    void shouldNameTheFieldThatCannotBeRead() throws Exception {
        ObjectNode json = (ObjectNode) mapper.readTree(ReleaseStateJson.write(ReleaseStates.full()));
        json.put("phase", "EXPLODED");
        assertThatThrownBy(() -> ReleaseStateJson.read(json.toString(), SOURCE))
                .isInstanceOf(ReleaseStateException.class)
                .hasMessageStartingWith(SOURCE + ": release state field phase cannot be read");

        ObjectNode steps = (ObjectNode) mapper.readTree(ReleaseStateJson.write(ReleaseStates.full()));
        ((ObjectNode) steps.get("steps").get(1)).removeAll().put("mirror", 5);
        assertThatThrownBy(() -> ReleaseStateJson.read(steps.toString(), SOURCE))
                .isInstanceOf(ReleaseStateException.class)
                .hasMessage(SOURCE + ": steps[1] is no known release step (weight, pause, analysis, match): "
                        + "{\"mirror\":5}");

        ((ObjectNode) steps.get("steps").get(1)).removeAll().put("pause", "5 minutes");
        assertThatThrownBy(() -> ReleaseStateJson.read(steps.toString(), SOURCE))
                .isInstanceOf(ReleaseStateException.class)
                .hasMessageStartingWith(SOURCE + ": release state field steps[1] cannot be read");
    }

    @Test
    void shouldKeepTimedPausesApartFromApproval() {
        ReleaseState state = ReleaseStates.full();
        ReleaseState read = ReleaseStateJson.read(ReleaseStateJson.write(state), SOURCE);

        assertThat(read.steps()).filteredOn(ReleaseStep.Pause.class::isInstance)
                .containsExactly(new ReleaseStep.Pause(Duration.ofMinutes(5)), new ReleaseStep.Pause(null));
    }
}

package io.jenkins.plugins.skylark.harness.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The River save and load Pipeline performs on a running program, and the failures it shows. */
class RiverRoundTripTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    /** What a step execution might hold: one field of any kind. */
    static final class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        final Object held;
        transient Object notSaved;

        Holder(Object held) {
            this.held = held;
        }
    }

    /** Package-private, as RecordDeliveryOptions was (issue 8 bug 2). */
    record HiddenOptions(String application, Map<String, String> attributes) implements Serializable {
    }

    /** The fix: a public record. */
    public record PublicOptions(String application, Map<String, String> attributes) implements Serializable {
    }

    static final class Helper {
    }

    @Test
    void shouldRefuseAPackagePrivateRecordNamingTheFieldThatHoldsIt() {
        Holder holder = new Holder(new HiddenOptions("orders", Map.copyOf(Map.of("team", "shop"))));

        assertThatThrownBy(() -> RiverRoundTrip.roundTrip(holder))
                .isInstanceOf(RiverRoundTrip.RiverSaveException.class)
                .hasMessageContaining("Cannot invoke record getter application")
                .hasMessageContaining("symbolic reference class is not accessible")
                .hasMessageContaining("in field " + Holder.class.getName() + ".held");
    }

    @Test
    void shouldRefuseANonSerializableFieldNamingIt() {
        assertThatThrownBy(() -> RiverRoundTrip.roundTrip(new Holder(new Helper())))
                .isInstanceOf(RiverRoundTrip.RiverSaveException.class)
                .hasMessageContaining("NotSerializableException: " + Helper.class.getName())
                .hasMessageContaining("in field " + Holder.class.getName() + ".held");
    }

    @Test
    void shouldRestoreAPublicRecordWithJdkImmutableCollections() {
        PublicOptions options = new PublicOptions("orders", Map.copyOf(Map.of("team", "shop", "tier", "1")));

        Holder restored = RiverRoundTrip.roundTrip(new Holder(List.of(options)));

        assertThat(restored).isNotSameAs(options);
        assertThat(restored.held).isEqualTo(List.of(options));
    }

    @Test
    void shouldNotWriteTransientFields() {
        Holder holder = new Holder("kept");
        holder.notSaved = new Helper();

        Holder restored = RiverRoundTrip.roundTrip(holder);

        assertThat(restored.held).isEqualTo("kept");
        assertThat(restored.notSaved).isNull();
    }

    @Test
    void shouldRefuseATaskListenerAsRemotingDoesOutsideAChannel() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        TaskListener listener = build.root().listener();

        assertThatThrownBy(() -> RiverRoundTrip.roundTrip(new Holder(listener)))
                .hasMessageContaining("has no associated channel")
                .hasMessageContaining("in field " + Holder.class.getName() + ".held");
    }

    @Test
    void shouldPickleTheWorkspaceAndTheBuildAndReconnectThem() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        FilePath workspace = build.workspace();

        Holder restored = RiverRoundTrip.roundTrip(new Holder(List.of(workspace, build.build())));

        List<?> held = (List<?>) restored.held;
        FilePath path = (FilePath) held.get(0);
        assertThat(path.getRemote()).isEqualTo(workspace.getRemote());
        assertThat(path.getChannel()).isSameAs(workspace.getChannel());
        assertThat((Run<?, ?>) held.get(1)).isSameAs(build.build());
    }

    @Test
    void shouldReplaceAnExceptionRiverCannotWriteByAProxy() {
        Exception unwritable = new IllegalStateException("broken") {
            private static final long serialVersionUID = 1L;
            private final Object cause = new Helper();
        };

        Holder restored = RiverRoundTrip.roundTrip(new Holder(unwritable));

        assertThat(restored.held).isInstanceOf(HarnessPickles.ProxiedException.class);
        assertThat(((Exception) restored.held).getMessage()).contains(unwritable.getClass().getName(), "broken");
    }
}

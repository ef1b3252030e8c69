package io.jenkins.plugins.skylark.harness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

class DataBinderTest {

    public enum Mode { FAST, SAFE }

    public static final class Sample {
        final String application;
        int replicas;
        Mode mode;
        @DataBoundSetter
        public List<String> tags;

        @DataBoundConstructor
        public Sample(String application) {
            this.application = application;
        }

        @DataBoundSetter
        public void setReplicas(int replicas) {
            this.replicas = replicas;
        }

        @DataBoundSetter
        public void setMode(Mode mode) {
            this.mode = mode;
        }
    }

    private static StepCall call(Object... raw) {
        return StepCall.of("sample", raw, null);
    }

    @Test
    void shouldBindConstructorParametersSettersAndFieldsByName() {
        DataBinder.Bound<Sample> bound = DataBinder.bind(Sample.class,
                call(Map.of("application", "orders", "replicas", 3, "mode", "SAFE", "tags", List.of("a", "b"))));

        assertThat(bound.instance().application).isEqualTo("orders");
        assertThat(bound.instance().replicas).isEqualTo(3);
        assertThat(bound.instance().mode).isEqualTo(Mode.SAFE);
        assertThat(bound.instance().tags).containsExactly("a", "b");
        assertThat(bound.warnings()).isEmpty();
    }

    @Test
    void shouldGiveASingleUnnamedArgumentToTheOnlyConstructorParameter() {
        assertThat(DataBinder.bind(Sample.class, call("orders")).instance().application).isEqualTo("orders");
    }

    @Test
    void shouldWarnAboutUnknownParametersAsJenkinsDoes() {
        DataBinder.Bound<Sample> bound = DataBinder.bind(Sample.class, call(Map.of("application", "x", "colour", "red")));

        assertThat(bound.warnings()).containsExactly("WARNING: Unknown parameter(s) found for class type '"
                + Sample.class.getName() + "': colour");
    }

    @Test
    void shouldNameTheParameterWhenAValueCannotBeConverted() {
        assertThatThrownBy(() -> DataBinder.bind(Sample.class, call(Map.of("application", "x", "mode", "TURBO"))))
                .hasMessage("parameter 'mode' of Sample does not accept 'TURBO'");
    }
}

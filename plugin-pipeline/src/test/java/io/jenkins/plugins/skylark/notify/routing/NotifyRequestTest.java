package io.jenkins.plugins.skylark.notify.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.notify.Level;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifyRequestTest {

    @Test
    void normalisesTheArguments() {
        NotifyRequest request = NotifyRequest.of("  Deployed  ", "SUCCESS", List.of(" ops ", "team"), true, " 1.4.2 ");

        assertThat(request).isEqualTo(new NotifyRequest("Deployed", Level.SUCCESS, List.of("ops", "team"), true, "1.4.2"));
        assertThat(NotifyRequest.of("hi", null, null, false, "").level()).isEqualTo(Level.INFO);
        assertThat(NotifyRequest.of("hi", null, null, false, null).channels()).isNull();
    }

    @Test
    void namesTheFieldOfEveryBadArgument() {
        assertThatThrownBy(() -> NotifyRequest.of(" ", null, null, false, null)).hasMessageContaining("'message'");
        assertThatThrownBy(() -> NotifyRequest.of("x".repeat(NotifyRequest.MAX_MESSAGE_LENGTH + 1), null, null, false,
                null)).hasMessage("The field 'message' is 1,001 characters long; at most 1,000 are allowed");
        assertThatThrownBy(() -> NotifyRequest.of("hi", "loud", null, false, null))
                .hasMessage("Unknown level 'loud' (field 'level'); use one of: info, success, warning, failure");
        assertThatThrownBy(() -> NotifyRequest.of("hi", null, List.of(), false, null)).hasMessageContaining("'channels'");
        assertThatThrownBy(() -> NotifyRequest.of("hi", null, Arrays.asList("ops", null), false, null))
                .hasMessage("The field 'channels' entry 1 ('null') is not a channel id (lower-case letters, digits and '-')");
        assertThatThrownBy(() -> NotifyRequest.of("hi", null, List.of("Ops!"), false, null))
                .hasMessageContaining("'channels' entry 0 ('Ops!')");
        assertThatThrownBy(() -> NotifyRequest.of("hi", null, List.of("ops", "ops"), false, null))
                .hasMessage("The field 'channels' names 'ops' twice");
        assertThatThrownBy(() -> NotifyRequest.of("hi", null, null, false, "1.0\nmore")).hasMessageContaining("'version'");
    }
}

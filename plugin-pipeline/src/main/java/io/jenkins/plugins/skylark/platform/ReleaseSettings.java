package io.jenkins.plugins.skylark.platform;

import io.jenkins.plugins.skylark.release.Durations;
import io.jenkins.plugins.skylark.release.ReleasePlan;
import io.jenkins.plugins.skylark.release.ReleasePlanParser;
import java.time.Duration;
import java.util.Optional;

/**
 * How gray releases run in an environment (the router itself is {@link Environment#trafficRouter()}).
 *
 * @param defaultPolicy a release plan in the release file's YAML format, used when the Jenkinsfile names no
 *     steps and no release file; {@code null} = none (then a release needs steps)
 * @param prometheusUrl where analyses query metrics, {@code http(s)://host[:port][/path]}; {@code null} = no
 *     analyses here
 * @param prometheusCredentialsId secret text (bearer token) or username with password for Prometheus;
 *     {@code null} = none
 * @param routeName the router object (Ingress, HTTPRoute, VirtualService) releases change; {@code null} =
 *     named like the application, as {@code platformExpose} names it
 * @param scaleDownDelay how long the old version stays up after a switch or an abort, when the release plan
 *     does not say; {@code null} = {@link ReleasePlan#DEFAULT_SCALE_DOWN_DELAY}
 */
public record ReleaseSettings(String defaultPolicy, String prometheusUrl, String prometheusCredentialsId,
        String routeName, Duration scaleDownDelay) {

    /** An environment without release settings: no default policy, no Prometheus, default names and delay. */
    public static final ReleaseSettings NONE = new ReleaseSettings(null, null, null, null, null);

    /** The default policy parsed; the validator has checked it, so an invalid one only exists unvalidated. */
    public Optional<ReleasePlan> defaultPlan() {
        return ObjectIds.isBlank(defaultPolicy) ? Optional.empty()
                : Optional.of(ReleasePlanParser.parseYaml(null, defaultPolicy));
    }

    /** The route a release of {@code applicationId} changes. */
    public String route(String applicationId) {
        return ObjectIds.isBlank(routeName) ? applicationId : routeName;
    }

    /**
     * A scale-down delay as users write it ({@code 30s}, {@code 5m}, {@code 1h30m}).
     *
     * @throws IllegalArgumentException naming the value and the format
     */
    public static Duration parseDelay(String value) {
        return Durations.parse(value).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("release.delay.invalid", value)));
    }
}

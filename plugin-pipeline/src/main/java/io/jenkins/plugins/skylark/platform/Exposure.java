package io.jenkins.plugins.skylark.platform;

/**
 * How {@code platformExpose} makes applications of an environment reachable.
 *
 * @param kind an Ingress or a Gateway API HTTPRoute
 * @param ingressClass for {@link RouteKind#INGRESS}: the IngressClass; {@code null} = the cluster's default class
 * @param gatewayName for {@link RouteKind#GATEWAY}: the Gateway routes attach to; required for that kind
 * @param gatewayNamespace the Gateway's namespace; {@code null} = the environment's namespace
 * @param domain the default domain: a host defaults to {@code <application>.<environment>.<domain>};
 *     {@code null} = every expose names its host
 */
public record Exposure(RouteKind kind, String ingressClass, String gatewayName, String gatewayNamespace,
        String domain) {

    /** What an environment without an exposure uses: an Ingress of the cluster's default class, no domain. */
    public static final Exposure DEFAULT = new Exposure(RouteKind.INGRESS, null, null, null, null);

    /** {@code <application>.<environment>.<domain>}, or {@code null} when no domain is configured. */
    public String defaultHost(String applicationId, String environmentId) {
        return domain == null || domain.isBlank() ? null : applicationId + "." + environmentId + "." + domain;
    }
}

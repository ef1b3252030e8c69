package io.jenkins.plugins.skylark.deploy.release;

/**
 * The traffic router a release moves traffic with; {@link #NONE} approximates weights by the ratio of ready
 * replicas behind the application's one Service.
 */
public enum RouterKind {
    NGINX,
    GATEWAY_API,
    ISTIO,
    NONE
}

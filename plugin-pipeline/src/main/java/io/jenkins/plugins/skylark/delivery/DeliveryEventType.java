package io.jenkins.plugins.skylark.delivery;

/** What happened. The names are part of the stored data and of the JSON report schema: never rename. */
public enum DeliveryEventType {
    IMAGE_PUSHED,
    DEPLOYED,
    DEPLOY_FAILED,
    ROLLED_BACK,
    INCIDENT_OPENED,
    INCIDENT_RESOLVED
}

package io.jenkins.plugins.skylark.platform;

import java.util.Comparator;
import java.util.Objects;

/**
 * Rules for an environment's {@link Exposure}: a kind; an Ingress names only an ingress class, a Gateway
 * route only its Gateway (required) and the Gateway's namespace; the default domain is a DNS name short
 * enough that {@code <application>.<environment>.<domain>} is a valid host for every application of the
 * project, because {@code platformExpose} builds that host when the Jenkinsfile names none.
 */
final class ExposureRules {

    /** A host name's limit (RFC 1035, and what Ingress and HTTPRoute accept). */
    private static final int MAX_HOST = 253;

    private ExposureRules() {
    }

    static void check(PlatformModel model, Problems.Subject subject, Environment environment) {
        Exposure exposure = environment.exposure();
        if (subject.required("exposure.kind", exposure.kind())) {
            if (exposure.kind() == RouteKind.GATEWAY) {
                checkGateway(subject, exposure);
            } else {
                checkIngress(subject, exposure);
            }
        }
        checkDomain(model, subject, environment);
    }

    private static void checkIngress(Problems.Subject subject, Exposure exposure) {
        if (isSet(exposure.ingressClass()) && !KubernetesNames.isSubdomain(exposure.ingressClass())) {
            subject.add("exposure.ingressClass", "ingressClass.invalid", exposure.ingressClass());
        }
        refuseForKind(subject, "exposure.gatewayName", exposure.gatewayName(), RouteKind.INGRESS);
        refuseForKind(subject, "exposure.gatewayNamespace", exposure.gatewayNamespace(), RouteKind.INGRESS);
    }

    private static void checkGateway(Problems.Subject subject, Exposure exposure) {
        subject.label("exposure.gatewayName", exposure.gatewayName(), "gatewayName.invalid");
        if (isSet(exposure.gatewayNamespace()) && !KubernetesNames.isLabel(exposure.gatewayNamespace())) {
            subject.add("exposure.gatewayNamespace", "namespace.invalid", exposure.gatewayNamespace());
        }
        refuseForKind(subject, "exposure.ingressClass", exposure.ingressClass(), RouteKind.GATEWAY);
    }

    /** A field of the other kind would be silently ignored: the administrator meant something else. */
    private static void refuseForKind(Problems.Subject subject, String field, String value, RouteKind kind) {
        if (isSet(value)) {
            subject.add(field, "exposure.otherKind", value, kind.userName());
        }
    }

    private static void checkDomain(PlatformModel model, Problems.Subject subject, Environment environment) {
        String domain = environment.exposure().domain();
        if (!isSet(domain)) {
            return;
        }
        if (domain.contains("*")) {
            subject.add("exposure.domain", "domain.wildcard", domain);
        } else if (!KubernetesNames.isDnsName(domain)) {
            subject.add("exposure.domain", "domain.invalid", domain);
        } else if (KubernetesNames.isLabel(environment.id())) {
            // The longest default host decides; ids that are not labels are reported on their own.
            model.applications(environment.projectId()).stream().map(Application::id)
                    .filter(KubernetesNames::isLabel)
                    .map(id -> environment.exposure().defaultHost(id, environment.id()))
                    .filter(Objects::nonNull)
                    .max(Comparator.comparingInt(String::length))
                    .filter(host -> host.length() > MAX_HOST)
                    .ifPresent(host -> subject.add("exposure.domain", "domain.tooLong", domain, host.length(),
                            host.substring(0, host.indexOf('.')), MAX_HOST));
        }
    }

    private static boolean isSet(String value) {
        return !ObjectIds.isBlank(value);
    }
}

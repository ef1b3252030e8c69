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
        ingressClass(subject, "exposure.ingressClass", exposure.ingressClass());
        refuseForKind(subject, "exposure.gatewayName", exposure.gatewayName(), RouteKind.INGRESS);
        refuseForKind(subject, "exposure.gatewayNamespace", exposure.gatewayNamespace(), RouteKind.INGRESS);
    }

    private static void checkGateway(Problems.Subject subject, Exposure exposure) {
        subject.label("exposure.gatewayName", exposure.gatewayName(), "gatewayName.invalid");
        gatewayNamespace(subject, "exposure.gatewayNamespace", exposure.gatewayNamespace());
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
        if (domainSyntax(subject, "exposure.domain", domain) && KubernetesNames.isLabel(environment.id())) {
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

    /** An optional IngressClass name: a DNS-1123 subdomain. */
    static void ingressClass(Problems.Subject subject, String field, String value) {
        if (isSet(value) && !KubernetesNames.isSubdomain(value)) {
            subject.add(field, "ingressClass.invalid", value);
        }
    }

    /** An optional namespace of the Gateway: a DNS-1123 label. */
    static void gatewayNamespace(Problems.Subject subject, String field, String value) {
        if (isSet(value) && !KubernetesNames.isLabel(value)) {
            subject.add(field, "namespace.invalid", value);
        }
    }

    /** A present domain's syntax; returns whether it is valid. */
    static boolean domainSyntax(Problems.Subject subject, String field, String domain) {
        if (domain.contains("*")) {
            subject.add(field, "domain.wildcard", domain);
            return false;
        }
        if (!KubernetesNames.isDnsName(domain)) {
            subject.add(field, "domain.invalid", domain);
            return false;
        }
        return true;
    }

    private static boolean isSet(String value) {
        return !ObjectIds.isBlank(value);
    }
}

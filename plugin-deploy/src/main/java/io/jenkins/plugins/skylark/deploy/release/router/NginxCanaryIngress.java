package io.jenkins.plugins.skylark.deploy.release.router;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressRuleValueBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canary Ingress of ingress-nginx: only the stable Ingress's paths whose backend is the stable Service, each
 * switched to the canary Service (same port), its TLS and class ({@code ingressClassName} or the legacy annotation)
 * kept, and the canary annotations. The controller
 * takes every other setting from the stable Ingress of the same host and path, so no other annotation is copied.
 * Its precedence: header, then cookie, then weight. {@code canary-by-header} alone routes a request whose header
 * is {@code always} (and never one with {@code never}); with {@code canary-by-header-value} the header must have
 * that value; {@code canary-by-cookie} routes a request whose cookie is {@code always}.
 */
final class NginxCanaryIngress {
    static final String PREFIX = "nginx.ingress.kubernetes.io/";
    static final String CANARY = PREFIX + "canary";
    static final String WEIGHT = PREFIX + "canary-weight";
    static final String WEIGHT_TOTAL = PREFIX + "canary-weight-total";
    static final String BY_HEADER = PREFIX + "canary-by-header";
    static final String BY_HEADER_VALUE = PREFIX + "canary-by-header-value";
    static final String BY_COOKIE = PREFIX + "canary-by-cookie";
    /** The class of an Ingress written before {@code ingressClassName}; kept like the field. */
    static final String LEGACY_CLASS = "kubernetes.io/ingress.class";
    /** On the canary Ingress only: it belongs to the release, so {@code remove} may delete it. */
    static final String RELEASE_LABEL = "skylark.jenkins.io/release-canary";
    private static final LocalizedBundle TEXT = LocalizedBundle.of(NginxCanaryIngress.class);

    private NginxCanaryIngress() {
    }

    static String name(ReleaseTarget target) {
        return target.route() + "-canary";
    }

    /** What the release applies: everything it owns on the canary Ingress, for {@code percent} and {@code match}. */
    static Ingress of(Ingress stable, ReleaseTarget target, int percent, ReleaseStep.Match match) {
        Map<String, String> annotations = new LinkedHashMap<>();
        Map<String, String> stableAnnotations = stable.getMetadata().getAnnotations();
        if (stableAnnotations != null && stableAnnotations.containsKey(LEGACY_CLASS)) {
            annotations.put(LEGACY_CLASS, stableAnnotations.get(LEGACY_CLASS));
        }
        annotations.put(CANARY, "true");
        annotations.put(WEIGHT, Integer.toString(percent));
        annotations.put(WEIGHT_TOTAL, "100");
        if (match != null && match.header() != null) {
            annotations.put(BY_HEADER, match.header());
            if (match.value() != null) {
                annotations.put(BY_HEADER_VALUE, match.value());
            }
        } else if (match != null) {
            annotations.put(BY_COOKIE, match.cookie());
        }
        return new IngressBuilder().withNewMetadata().withName(name(target)).withNamespace(target.namespace())
                .addToLabels(SkylarkLabels.APPLICATION, target.application()).addToLabels(RELEASE_LABEL, "true")
                .withAnnotations(annotations).endMetadata()
                .withNewSpec().withIngressClassName(stable.getSpec().getIngressClassName())
                .withTls(stable.getSpec().getTls()).withRules(rules(stable, target)).endSpec().build();
    }

    /** The weight and match a canary Ingress carries now. */
    static TrafficWeights read(Ingress canary) {
        Map<String, String> annotations = canary.getMetadata().getAnnotations() == null ? Map.of()
                : canary.getMetadata().getAnnotations();
        int weight = parse(annotations.get(WEIGHT));
        int total = annotations.containsKey(WEIGHT_TOTAL) ? parse(annotations.get(WEIGHT_TOTAL)) : 100;
        ReleaseStep.Match match = null;
        if (annotations.containsKey(BY_HEADER)) {
            match = new ReleaseStep.Match(annotations.get(BY_HEADER), annotations.get(BY_HEADER_VALUE), null);
        } else if (annotations.containsKey(BY_COOKIE)) {
            match = new ReleaseStep.Match(null, null, annotations.get(BY_COOKIE));
        }
        return new TrafficWeights(Weights.percent(weight, Math.max(0, total - weight)), match, false);
    }

    private static List<IngressRule> rules(Ingress stable, ReleaseTarget target) {
        List<IngressRule> rules = new ArrayList<>();
        for (IngressRule rule : stable.getSpec().getRules() == null ? List.<IngressRule>of() : stable.getSpec().getRules()) {
            if (rule.getHttp() == null || rule.getHttp().getPaths() == null) {
                continue;
            }
            List<HTTPIngressPath> paths = rule.getHttp().getPaths().stream()
                    .filter(path -> isService(path, target.stableService()))
                    .map(path -> new HTTPIngressPathBuilder(path).editBackend().editService()
                            .withName(target.canaryService()).endService().endBackend().build())
                    .toList();
            if (!paths.isEmpty()) {
                rules.add(new IngressRuleBuilder().withHost(rule.getHost())
                        .withHttp(new HTTPIngressRuleValueBuilder().withPaths(paths).build()).build());
            }
        }
        if (rules.isEmpty()) {
            throw new RoutingException(TEXT.format("nginx.noStable", "Ingress " + target.namespace() + "/"
                    + stable.getMetadata().getName(), target.stableService()));
        }
        return rules;
    }

    private static boolean isService(HTTPIngressPath path, String service) {
        IngressServiceBackend backend = path.getBackend() == null ? null : path.getBackend().getService();
        return backend != null && service.equals(backend.getName());
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

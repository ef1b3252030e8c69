package io.jenkins.plugins.skylark.deploy.release.router;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A router that edits the user's own route object (Gateway API HTTPRoute, Istio VirtualService) through
 * {@link RouteEdits}: only the canary destinations, the stable destinations' weights, the match entries and one
 * annotation of the release's own ({@link #ORIGINAL_WEIGHTS}: the stable weights before the release, so that
 * {@link #remove} gives them back) change; every other field stays as its writer left it.
 */
final class InPlaceRouting implements TrafficRouting {
    /** The stable destinations' weights before the release (JSON list, {@code null} = unset). */
    static final String ORIGINAL_WEIGHTS = "skylark.jenkins.io/release-stable-weights";
    private static final LocalizedBundle TEXT = LocalizedBundle.of(InPlaceRouting.class);

    private final KubernetesClient client;
    private final RouteSplit split;
    private final RouteEdits edits;
    private final Consumer<String> log;

    InPlaceRouting(KubernetesClient client, RouteSplit split, Consumer<String> log) {
        this.client = client;
        this.split = split;
        this.edits = new RouteEdits(client, split);
        this.log = log;
    }

    /** Keeps the weight and match of a release already prepared (a resumed one); a new one starts at 0 %. */
    @Override
    public void prepare(ReleaseTarget target) {
        Backends.require(client, target);
        edit(target, (spec, what, prepared) -> {
            int percent = prepared ? split.read(spec, target, what).canaryPercent() : 0;
            split.weigh(spec, target, percent, what);
        });
        log.accept(TEXT.format("route.prepared", what(target)));
    }

    @Override
    public void setWeight(ReleaseTarget target, int percent) {
        Backends.checkPercent(percent);
        edit(target, (spec, what, prepared) -> split.weigh(spec, target, percent, what));
        log.accept(TEXT.format("route.weight", what(target), percent));
    }

    @Override
    public void setMatch(ReleaseTarget target, ReleaseStep.Match match) {
        Backends.checkMatch(match);
        split.checkMatch(match);
        edit(target, (spec, what, prepared) -> split.match(spec, target, match, what));
        log.accept(match == null ? TEXT.format("route.match.cleared", what(target))
                : TEXT.format("route.match.set", what(target), Matches.describe(match)));
    }

    @Override
    public TrafficWeights read(ReleaseTarget target) {
        GenericKubernetesResource live = edits.read(target.namespace(), target.route());
        return split.read(Maps.map(live.getAdditionalProperties().get("spec")), target, what(target));
    }

    /** Weight 0 and no match entry in one write; the canary destination stays (at 0) until {@link #remove}. */
    @Override
    public void restoreStable(ReleaseTarget target) {
        edit(target, (spec, what, prepared) -> {
            split.weigh(spec, target, 0, what);
            split.match(spec, target, null, what);
        });
        log.accept(TEXT.format("route.restored", what(target)));
    }

    /** Gives the route back as it was before the release; a route already gone is left alone. */
    @Override
    public void remove(ReleaseTarget target) {
        try {
            edits.edit(target.namespace(), target.route(), target.fieldManager(), route -> {
                Map<String, Object> spec = Maps.childMap(route.getAdditionalProperties(), "spec");
                Map<String, String> annotations = route.getMetadata().getAnnotations();
                String recorded = annotations == null ? null : annotations.remove(ORIGINAL_WEIGHTS);
                split.strip(spec, target, originals(recorded));
                return route;
            });
        } catch (RoutingException e) {
            if (exists(target)) {
                throw e;
            }
        }
        log.accept(TEXT.format("route.removed", what(target)));
    }

    /** A change of the route's spec; {@code prepared}: an earlier call of this release already edited it. */
    private interface Change {
        void apply(Map<String, Object> spec, String what, boolean prepared);
    }

    private void edit(ReleaseTarget target, Change change) {
        String what = what(target);
        edits.edit(target.namespace(), target.route(), target.fieldManager(), route -> {
            Map<String, Object> spec = Maps.childMap(route.getAdditionalProperties(), "spec");
            Map<String, String> annotations = route.getMetadata().getAnnotations() == null ? new HashMap<>()
                    : route.getMetadata().getAnnotations();
            boolean prepared = annotations.containsKey(ORIGINAL_WEIGHTS);
            if (!prepared) {
                List<Object> originals = split.stableWeights(spec, target, what);
                annotations.put(ORIGINAL_WEIGHTS, client.getKubernetesSerialization().asJson(originals));
                route.getMetadata().setAnnotations(annotations);
            }
            change.apply(spec, what, prepared);
            return route;
        });
    }

    private List<Object> originals(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return List.of();
        }
        try {
            return new ArrayList<>(client.getKubernetesSerialization().unmarshal(recorded, List.class));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private boolean exists(ReleaseTarget target) {
        try {
            edits.read(target.namespace(), target.route());
            return true;
        } catch (RoutingException e) {
            return false;
        }
    }

    private String what(ReleaseTarget target) {
        return edits.describe(target.namespace(), target.route());
    }
}

package io.jenkins.plugins.skylark.deploy.release.router;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.List;
import java.util.Map;

/**
 * How one kind of route object (HTTPRoute, VirtualService) carries a canary: pure edits of its {@code spec}
 * that touch only the entries pointing at the stable or canary Service and the match entries the release
 * added. {@code what} names the object in errors ({@code HTTPRoute shop/orders}).
 */
interface RouteSplit {

    String apiVersion();

    String kind();

    /** The resource name in the API ({@code httproutes}). */
    String plural();

    /** What serves the kind, for the error when the cluster does not ({@code Gateway API}, {@code Istio}). */
    String product();

    /** Refuses, before any write, a match this router cannot route. */
    void checkMatch(ReleaseStep.Match match);

    /**
     * The weights the stable destinations have before the release touched them (an entry {@code null} = none
     * set), in order; refuses a route with no entry pointing at the stable Service.
     */
    List<Object> stableWeights(Map<String, Object> spec, ReleaseTarget target, String what);

    /** Stable {@code 100 - percent}, canary {@code percent} in every entry pointing at the stable Service. */
    void weigh(Map<String, Object> spec, ReleaseTarget target, int percent, String what);

    /** Replaces the release's match entries by ones for {@code match} ({@code null}: none). */
    void match(Map<String, Object> spec, ReleaseTarget target, ReleaseStep.Match match, String what);

    /** Removes the canary destinations and match entries; the stable destinations get {@code originals} back. */
    void strip(Map<String, Object> spec, ReleaseTarget target, List<Object> originals);

    /** The split the object says now. */
    TrafficWeights read(Map<String, Object> spec, ReleaseTarget target, String what);
}

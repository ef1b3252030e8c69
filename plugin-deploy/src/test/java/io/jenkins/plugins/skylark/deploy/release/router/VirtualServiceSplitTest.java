package io.jenkins.plugins.skylark.deploy.release.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The VirtualService edits as pure functions of the spec (the cluster round trip is in IstioRoutingTest). */
class VirtualServiceSplitTest {
    private static final String WHAT = "VirtualService shop/orders";
    private final VirtualServiceSplit split = new VirtualServiceSplit();
    private final ReleaseTarget target = RouterFixtures.target(RouterKind.ISTIO);

    @Test
    void shouldWeighEveryStableEntryAndPutMatchEntriesAboveTheUsersOnes() {
        Map<String, Object> spec = spec("""
                hosts: [orders.example.com]
                http:
                - name: api
                  match: [{uri: {prefix: /api}}]
                  timeout: 5s
                  route: [{destination: {host: orders.shop.svc.cluster.local, subset: v1, port: {number: 80}}}]
                - route: [{destination: {host: static}}]
                - route: [{destination: {host: orders}, weight: 100}]
                """);
        Map<String, Object> before = Maps.copy(spec);
        List<Object> originals = split.stableWeights(spec, target, WHAT);
        assertThat(originals).containsExactly(null, 100);

        split.weigh(spec, target, 30, WHAT);
        List<Map<String, Object>> http = Maps.maps(spec.get("http"));
        assertThat(http.get(0).get("route")).isEqualTo(List.of(
                Map.of("destination", Map.of("host", "orders.shop.svc.cluster.local", "subset", "v1",
                        "port", Map.of("number", 80)), "weight", 70),
                Map.of("destination", Map.of("host", "orders-canary.shop.svc.cluster.local",
                        "port", Map.of("number", 80)), "weight", 30)));
        assertThat(http.get(1)).isEqualTo(Maps.maps(before.get("http")).get(1));
        assertThat(split.read(spec, target, WHAT)).isEqualTo(new TrafficWeights(30, null, false));

        ReleaseStep.Match header = new ReleaseStep.Match("X-Canary", "true", null);
        split.match(spec, target, header, WHAT);
        http = Maps.maps(spec.get("http"));
        assertThat(http).hasSize(5);
        assertThat(http.get(0)).isEqualTo(Map.of("name", "skylark-canary-match-0", "timeout", "5s",
                "match", List.of(Map.of("uri", Map.of("prefix", "/api"),
                        "headers", Map.of("x-canary", Map.of("exact", "true")))),
                "route", List.of(Map.of("destination", Map.of("host", "orders-canary.shop.svc.cluster.local",
                        "port", Map.of("number", 80))))));
        assertThat(http.get(1).get("match")).isEqualTo(List.of(Map.of("headers",
                Map.of("x-canary", Map.of("exact", "true")))));
        assertThat(http.get(2).get("name")).isEqualTo("api");
        assertThat(split.read(spec, target, WHAT)).isEqualTo(new TrafficWeights(30,
                new ReleaseStep.Match("x-canary", "true", null), false));

        split.match(spec, target, null, WHAT);
        split.weigh(spec, target, 0, WHAT);
        assertThat(Maps.maps(spec.get("http"))).hasSize(3);
        split.strip(spec, target, originals);
        assertThat(spec).isEqualTo(before);
    }

    @Test
    void shouldMatchACookieAsFlaggerDoesAndReadItBack() {
        Map<String, Object> spec = spec("http: [{route: [{destination: {host: orders}}]}]");
        ReleaseStep.Match cookie = new ReleaseStep.Match(null, null, "canary.v2");

        split.match(spec, target, cookie, WHAT);

        String regex = (String) Maps.map(Maps.map(Maps.map(Maps.maps(Maps.maps(spec.get("http")).get(0).get("match"))
                .get(0)).get("headers")).get("cookie")).get("regex");
        assertThat(regex).isEqualTo("^(.*?;\\s*)?(canary\\.v2=always)(;.*)?$");
        assertThat(Pattern.compile(regex).matcher("canary.v2=always").matches()).isTrue();
        assertThat(Pattern.compile(regex).matcher("session=1; canary.v2=always; x=y").matches()).isTrue();
        assertThat(Pattern.compile(regex).matcher("canaryXv2=always").matches()).isFalse();
        assertThat(split.read(spec, target, WHAT).match()).isEqualTo(cookie);
    }

    @Test
    void shouldMatchAnyValueOfAHeaderWithoutValue() {
        assertThat(VirtualServiceSplit.headerCondition(new ReleaseStep.Match("x-canary", null, null)))
                .isEqualTo(Map.of("x-canary", Map.of("regex", ".*")));
    }

    @Test
    void shouldRefuseRoutesThatDoNotReachTheStableServiceAlone() {
        assertThatThrownBy(() -> split.weigh(spec("http: [{route: [{destination: {host: other}}]}]"), target, 5, WHAT))
                .isInstanceOf(RoutingException.class).hasMessageStartingWith(WHAT + " has no route to the stable Service");
        assertThatThrownBy(() -> split.weigh(spec("""
                http: [{route: [{destination: {host: orders}, weight: 90}, {destination: {host: legacy}, weight: 10}]}]
                """), target, 5, WHAT)).isInstanceOf(RoutingException.class).hasMessageContaining("also to 'legacy'");
        assertThat(split.stableWeights(spec("http: [{route: [{destination: {host: orders.elsewhere}}]}, "
                + "{route: [{destination: {host: orders.shop}}]}]"), target, WHAT)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(String yaml) {
        return new KubernetesSerialization().unmarshal(yaml, Map.class);
    }
}

package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.List;

/**
 * What a router decided for a request: the backends to share it among, or a status it answers itself (404 for no
 * route, 503 when NGINX's stable Service has no endpoints, 500 when every Gateway API backend weighs 0).
 *
 * @param backends where the request may go, with their weights (empty when {@code refusal} is set)
 * @param refusal the status the router answers without a backend, or 0
 * @param ingress NGINX only: the stable Ingress that matched, else empty
 * @param ingressService NGINX only: that Ingress's backend Service, else empty
 * @param path NGINX only: the Ingress path that matched, else empty
 */
record Resolution(List<Backend> backends, int refusal, String ingress, String ingressService, String path) {

    static Resolution to(List<Backend> backends) {
        return new Resolution(List.copyOf(backends), 0, "", "", "");
    }

    static Resolution refused(int status) {
        return new Resolution(List.of(), status, "", "", "");
    }
}

package io.jenkins.plugins.skylark.deploy.expose;

import java.util.List;
import java.util.Map;

/** Expose requests of the {@code orders} application for the tests. */
final class ExposeRequests {
    static final String BUILD = "https://ci.example/job/orders/7/";

    private ExposeRequests() {
    }

    static ExposeRequest ingress() {
        return request(Router.ingress("nginx"), "orders-tls", true);
    }

    static ExposeRequest gateway() {
        return request(Router.gateway("public", "infra"), null, false);
    }

    static ExposeRequest request(Router router, String tls, boolean createService) {
        return new ExposeRequest("orders", "shop-prod", List.of("orders.shop.example.com", "shop.example.com"),
                List.of(ExposePath.prefix("/"), ExposePath.exact("/healthz")), 8080, tls, router,
                Map.of("nginx.ingress.kubernetes.io/proxy-body-size", "8m"),
                List.of("nginx.ingress.kubernetes.io/*"), createService, BUILD);
    }

    static ExposeRequest withHosts(ExposeRequest r, List<String> hosts) {
        return new ExposeRequest(r.application(), r.namespace(), hosts, r.paths(), r.port(), r.tlsSecret(), r.router(),
                r.annotations(), r.allowedAnnotations(), r.createService(), r.buildUrl());
    }

    static ExposeRequest withPaths(ExposeRequest r, List<ExposePath> paths) {
        return new ExposeRequest(r.application(), r.namespace(), r.hosts(), paths, r.port(), r.tlsSecret(), r.router(),
                r.annotations(), r.allowedAnnotations(), r.createService(), r.buildUrl());
    }

    static ExposeRequest withApplication(ExposeRequest r, String application) {
        return new ExposeRequest(application, r.namespace(), r.hosts(), r.paths(), r.port(), r.tlsSecret(), r.router(),
                r.annotations(), r.allowedAnnotations(), r.createService(), r.buildUrl());
    }

    static ExposeRequest withPortAndTls(ExposeRequest r, int port, String tls) {
        return new ExposeRequest(r.application(), r.namespace(), r.hosts(), r.paths(), port, tls, r.router(),
                r.annotations(), r.allowedAnnotations(), r.createService(), r.buildUrl());
    }

    static ExposeRequest withAnnotations(ExposeRequest r, Map<String, String> annotations, List<String> allowed) {
        return new ExposeRequest(r.application(), r.namespace(), r.hosts(), r.paths(), r.port(), r.tlsSecret(),
                r.router(), annotations, allowed, r.createService(), r.buildUrl());
    }
}

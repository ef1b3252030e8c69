package io.jenkins.plugins.skylark.deploy.release.it;

import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import java.util.ArrayList;
import java.util.List;

/** The user's YAML for the stable {@code orders} and its route, one object per document. */
final class AppObjects {
    private AppObjects() {
    }

    static List<String> of(String namespace, String host, String image, RouterKind router) {
        List<String> objects = new ArrayList<>(List.of("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders, namespace: %1$s, labels: {app: orders}}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: orders}}
                  template:
                    metadata: {labels: {app: orders}}
                    spec:
                      containers: [{name: app, image: '%2$s', ports: [{containerPort: 8080}]}]
                """.formatted(namespace, image), """
                apiVersion: v1
                kind: Service
                metadata: {name: orders, namespace: %s}
                spec:
                  selector: {app: orders}
                  ports: [{name: http, port: 80, targetPort: 8080}]
                """.formatted(namespace)));
        switch (router) {
            case NGINX -> objects.add("""
                    apiVersion: networking.k8s.io/v1
                    kind: Ingress
                    metadata: {name: orders, namespace: %s, annotations: {team: shop}}
                    spec:
                      ingressClassName: %s
                      rules:
                      - host: %s
                        http:
                          paths:
                          - {path: /, pathType: Prefix, backend: {service: {name: orders, port: {number: 80}}}}
                    """.formatted(namespace, ReleaseCluster.INGRESS_CLASS, host));
            case GATEWAY_API -> objects.add("""
                    apiVersion: gateway.networking.k8s.io/v1
                    kind: HTTPRoute
                    metadata: {name: orders, namespace: %s}
                    spec:
                      parentRefs: [{name: public, namespace: infra}]
                      hostnames: [%s]
                      rules:
                      - matches: [{path: {type: PathPrefix, value: /}}]
                        backendRefs: [{name: orders, port: 80}]
                    """.formatted(namespace, host));
            case ISTIO -> objects.add("""
                    apiVersion: networking.istio.io/v1
                    kind: VirtualService
                    metadata: {name: orders, namespace: %s}
                    spec:
                      hosts: [%s]
                      http:
                      - name: main
                        route: [{destination: {host: orders, port: {number: 80}}}]
                    """.formatted(namespace, host));
            case NONE -> { }
        }
        return objects;
    }
}

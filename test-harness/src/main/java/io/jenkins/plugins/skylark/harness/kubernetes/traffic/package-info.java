/**
 * A traffic simulator for the fake cluster: simulated users send requests through the router objects a gray
 * release changes, the ready pods behind them answer, and the counts are exported as the NGINX ingress controller
 * and Istio export them, so a real Prometheus can scrape them and analyses run as real PromQL.
 *
 * <pre>{@code
 * FakeKubernetes k8s = FakeKubernetes.builder().defaultIngressController("nginx", "203.0.113.10")
 *         .gatewayApi().istio().trafficSimulator().start();
 * TrafficSimulator traffic = k8s.traffic();
 * TrafficClient users = traffic.viaIngress("shop", "orders.example.com", "/").requestsPerSecond(50);
 * traffic.viaIngress("shop", "orders.example.com", "/").header("x-canary", "always").requestsPerSecond(5);
 * k8s.failures().onTraffic("shop", "orders-canary", TrafficFault.errors(0.2).withLatency(Duration.ofMillis(300)));
 * k8s.failures().onImageTraffic("registry.example/orders@sha256:bad", TrafficFault.errors(1));
 * TrafficTally tally = users.send(100);                    // now, deterministic: e.g. 90 stable, 10 canary
 * Map<Version, Double> shares = users.shares();            // from the current objects, no request sent
 * long n = traffic.requestsServed(new Version("shop", "orders-canary"));
 * String url = traffic.metricsUrl();                       // http://127.0.0.1:PORT/metrics, for Prometheus
 * }</pre>
 *
 * <h2>Entries and routers</h2>
 * A client names its entry, namespace, host and path (plus headers and cookies):
 * <ul>
 * <li>{@code viaIngress}: NGINX (ingress-nginx). The most specific path among the non-canary Ingresses of class
 * {@code nginx} (or a declared ingress class, or none) for the host; then the first canary Ingress (by name,
 * {@code nginx.ingress.kubernetes.io/canary: "true"}) with a rule for the same host and path. {@code canary-by-header}
 * decides first ({@code canary-by-header-value}, else {@code always}/{@code never}; another value falls through),
 * then {@code canary-by-cookie} ({@code always}/{@code never}), then {@code canary-weight} of
 * {@code canary-weight-total} (default 100). No ready endpoint behind the stable Service: 503 for every request, even
 * at canary weight 100; a canary Service without endpoints is ignored. No Ingress for the host: 404.</li>
 * <li>{@code viaHttpRoute}: Gateway API. HTTPRoutes of the namespace admitting the host; the rule with the most
 * specific matching {@code matches} entry (path, then header count); its {@code backendRefs} (Services of the
 * namespace) by relative weight (default 1); all weights 0: 500; no rule: 404. Parent Gateways are not checked.</li>
 * <li>{@code viaVirtualService}: Istio. The first VirtualService (by name) whose {@code hosts} name the host; its
 * first {@code http} entry whose {@code match} admits the request ({@code headers}/{@code uri} with
 * {@code exact}/{@code prefix}/{@code regex}); {@code route} destinations by weight, {@code subset} labels from the
 * DestinationRule of that host. No VirtualService: the Service named by the host.</li>
 * <li>{@code viaService}: no router; the Service's ready pods share the requests evenly, so each version gets its
 * ready pod ratio.</li>
 * </ul>
 * A request then goes to one ready pod of the chosen Service (matching its selector and subset labels, not
 * terminating); the pod's workload (Deployment through its ReplicaSet, else its controller) is the
 * {@link io.jenkins.plugins.skylark.harness.kubernetes.traffic.Version Version}. Both choices are smooth weighted
 * round-robin per client, so over a whole cycle the counts are exact (weight 10 of 100: exactly 10 of each 100
 * requests), and a change of the router objects applies from the next request. {@code shares()} computes the same
 * split analytically.
 *
 * <h2>Failure rules</h2>
 * {@code failures().onTraffic(namespace, workload, fault)} and {@code failures().onImageTraffic(image, fault)}
 * ({@code repo/app*} for any tag; a workload rule beats an image rule) give a version a
 * {@link io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficFault TrafficFault}: an error rate (errors
 * spread evenly: 0.25 fails every fourth request), a latency (default 20 ms) and the error status (default 500).
 * They change nothing in the pods; {@code clear(key)} and {@code clearAll()} remove them.
 *
 * <h2>Metrics</h2>
 * {@code GET /metrics} on 127.0.0.1 (a free port unless {@code trafficSimulator(port)}), text format 0.0.4:
 * <ul>
 * <li>requests through an Ingress: {@code nginx_ingress_controller_requests} (counter, no {@code _total}, as
 * ingress-nginx exports it) and {@code nginx_ingress_controller_request_duration_seconds} (histogram, client_golang's
 * default buckets), labelled {@code controller_namespace}, {@code controller_class}, {@code controller_pod},
 * {@code namespace}, {@code ingress} (the stable Ingress), {@code service} (its Service), {@code canary} (the canary
 * upstream {@code namespace-service-port} when the canary served the request, else empty), {@code path} (the Ingress
 * path), {@code host}, {@code method}, {@code status}.</li>
 * <li>every other entry: Istio's standard metrics {@code istio_requests_total} (counter) and
 * {@code istio_request_duration_milliseconds} (histogram, Istio's default buckets), labelled {@code reporter}
 * ({@code destination} for served requests; {@code source} with {@code destination_workload="unknown"} and
 * {@code response_flags} {@code NR} or {@code UH} for requests no pod took), {@code destination_workload},
 * {@code destination_workload_namespace}, {@code destination_service[_name|_namespace]}, {@code destination_app},
 * {@code destination_version} (pod labels {@code app}, {@code version}), {@code destination_canonical_service},
 * {@code destination_canonical_revision}, {@code response_code}, {@code source_*}, {@code request_protocol} and the
 * other standard labels. Gateway API and plain-Service traffic use them too, as a mesh implementing the Gateway API
 * (Istio) reports it at the destination.</li>
 * </ul>
 * Wall-clock clients ({@code requestsPerSecond}) are served by a background thread every 100 ms, so the counters grow
 * with real time as Prometheus scrapes them; {@code send(n)} adds its requests at once.
 */
package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

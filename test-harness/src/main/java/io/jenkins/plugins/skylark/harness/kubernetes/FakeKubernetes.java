package io.jenkins.plugins.skylark.harness.kubernetes;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jenkins.plugins.skylark.harness.kubernetes.api.ApiHttpServer;
import io.jenkins.plugins.skylark.harness.kubernetes.api.FakeApiServer;
import io.jenkins.plugins.skylark.harness.kubernetes.controller.ControllerManager;
import io.jenkins.plugins.skylark.harness.kubernetes.controller.Timings;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficSimulator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fake Kubernetes cluster for tests and demos: an API server on a loopback port (plain HTTP, bearer token)
 * with discovery, server-side apply, patches and watches, plus controllers that turn Deployments,
 * StatefulSets and DaemonSets into pods and move their status forward on {@link #clock() simulated time}.
 * Watches are served both over WebSocket (fabric8 clients) and as HTTP streams (kubectl: {@code get -w},
 * {@code rollout status}), with field and label selectors, resourceVersion and timeoutSeconds.
 * Declared ingress controllers and Gateways expose applications: Ingresses get load-balancer addresses and
 * HTTPRoutes get Gateway API status. {@link #failures()} makes rollouts and exposure fail the ways real ones do.
 * See the package documentation for usage.
 */
public final class FakeKubernetes implements AutoCloseable {

    private final ApiHttpServer server;
    private final FakeApiServer api;
    private final String token;
    private final SimulatedClock clock;
    private final FailureInjection failures = new FailureInjection();
    private final KubernetesClient client;
    private final ControllerManager controllers;
    private final TrafficSimulator traffic;

    private FakeKubernetes(Builder b) {
        this.api = new FakeApiServer(b.watchHistory);
        this.token = b.token != null ? b.token : "fake-" + HexFormat.of().formatHex(randomBytes());
        this.clock = new SimulatedClock(b.speed);
        api.requireToken(token);
        this.server = ApiHttpServer.start("127.0.0.1", b.port, api);
        api.serverAddress("127.0.0.1:" + server.port());
        this.client = newClient("default");
        bootstrap(b);
        // after the bootstrap: the latency models the running cluster, not its set-up
        api.writeLatency(b.writeLatency);
        this.controllers = b.controllers
                ? new ControllerManager(newClient("default"), api::writes, clock, failures, b.timings, b.tick,
                        b.observationLag, b.exposure.settings()) : null;
        if (controllers != null) {
            controllers.start();
        }
        this.traffic = b.trafficPort < 0 ? null : new TrafficSimulator(newClient("default"), failures, b.trafficPort,
                nginxClasses(b));
    }

    private static Set<String> nginxClasses(Builder b) {
        Set<String> classes = new HashSet<>(b.exposure.settings().ingressAddresses().keySet());
        classes.add("nginx");
        return classes;
    }

    /** Starts a fake cluster on a free loopback port with default settings. */
    public static FakeKubernetes start() {
        return builder().start();
    }

    /** Starts a fake cluster on the given loopback port (0 = any free port). */
    public static FakeKubernetes start(int port) {
        return builder().port(port).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A client for the fake cluster (default namespace {@code default}); closed with the fake. */
    public KubernetesClient client() {
        return client;
    }

    /** A new client the caller closes, with the given default namespace. */
    public KubernetesClient newClient(String namespace) {
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(url()).withOauthToken(token)
                .withNamespace(namespace).withHttp2Disable(true).withRequestRetryBackoffLimit(0).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** The API server URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    /** The bearer token the API server accepts (fake, per instance unless set on the builder). */
    public String token() {
        return token;
    }

    /** A kubeconfig (YAML) for this cluster with a token user; current namespace {@code default}. */
    public String kubeconfig() {
        return Kubeconfig.render(url(), token, "default");
    }

    /** Rules that make pods fail; apply to running pods at once. */
    public FailureInjection failures() {
        return failures;
    }

    /**
     * The traffic simulator: clients sending requests through the router objects, metrics at
     * {@link TrafficSimulator#metricsUrl()}.
     *
     * @throws IllegalStateException unless the fake was built with {@link Builder#trafficSimulator()}
     */
    public TrafficSimulator traffic() {
        if (traffic == null) {
            throw new IllegalStateException("no traffic simulator: build the fake with "
                    + "FakeKubernetes.builder().trafficSimulator()");
        }
        return traffic;
    }

    /**
     * Reconcile passes the controllers have run (0 without controllers). Passes stop while the cluster is settled
     * and start again on the next write or failure rule.
     */
    public long reconcilePasses() {
        return controllers == null ? 0 : controllers.passes();
    }

    /** HTTP-streaming watches open now (kubectl's; fabric8's WebSocket watches are not counted). */
    public int streamingWatches() {
        return api.streamingWatches();
    }

    /** Simulated time (advance it to pass progress deadlines without waiting). */
    public SimulatedClock clock() {
        return clock;
    }

    @Override
    public void close() {
        if (traffic != null) {
            traffic.close();
        }
        if (controllers != null) {
            controllers.close();
        }
        client.close();
        server.close();
    }

    private void bootstrap(Builder b) {
        List<String> namespaces = new ArrayList<>(List.of("default", "kube-system", "kube-public", "kube-node-lease"));
        b.namespaces.stream().filter(n -> !namespaces.contains(n)).forEach(namespaces::add);
        for (String ns : namespaces) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns)
                    .addToLabels("kubernetes.io/metadata.name", ns).endMetadata().build()).create();
        }
        for (int i = 1; i <= b.nodes; i++) {
            Node node = client.nodes().resource(node("fake-node-" + i)).create();
            node.setStatus(new io.fabric8.kubernetes.api.model.NodeStatusBuilder()
                    .addToCapacity(Map.of("cpu", new Quantity("4"), "memory", new Quantity("16Gi"),
                            "pods", new Quantity("110")))
                    .addToAllocatable(Map.of("cpu", new Quantity("4"), "memory", new Quantity("16Gi"),
                            "pods", new Quantity("110")))
                    .addNewCondition().withType("Ready").withStatus("True").withReason("KubeletReady")
                    .withMessage("kubelet is posting ready status").endCondition()
                    .addNewAddress().withType("InternalIP").withAddress("10.0.0." + (9 + i)).endAddress()
                    .addNewAddress().withType("Hostname").withAddress("fake-node-" + i).endAddress()
                    .withNewNodeInfo().withKubeletVersion("v1.32.0").withContainerRuntimeVersion("containerd://1.7.0")
                    .withOperatingSystem("linux").withArchitecture("amd64").endNodeInfo()
                    .build());
            client.nodes().resource(node).updateStatus();
        }
        b.exposure.install(client);
    }

    private static Node node(String name) {
        return new NodeBuilder().withNewMetadata().withName(name)
                .addToLabels("kubernetes.io/hostname", name).addToLabels("kubernetes.io/os", "linux")
                .endMetadata().build();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Settings for a fake cluster. */
    public static final class Builder {
        private int port;
        private double speed = 10;
        private int nodes = 2;
        private Timings timings = Timings.defaults();
        private Duration tick = Duration.ofMillis(25);
        private Duration observationLag = Duration.ZERO;
        private String token;
        private Duration writeLatency = Duration.ZERO;
        private boolean controllers = true;
        private int watchHistory = FakeApiServer.DEFAULT_WATCH_HISTORY;
        private final List<String> namespaces = new ArrayList<>();
        private final ExposureSetup exposure = new ExposureSetup();
        private int trafficPort = -1;

        private Builder() {
        }

        /** Loopback port, 0 (default) for any free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Simulated seconds per real second (default 10: a pod is ready in ~0.1–0.2 s). */
        public Builder speed(double speed) {
            this.speed = speed;
            return this;
        }

        /** Number of fake nodes (default 2), where pods and DaemonSet pods go. */
        public Builder nodes(int nodes) {
            this.nodes = nodes;
            return this;
        }

        /** Container start-up, readiness and crash timings in simulated time. */
        public Builder timings(Timings timings) {
            this.timings = timings;
            return this;
        }

        /** Real time between controller passes (default 25 ms). */
        public Builder tick(Duration tick) {
            this.tick = tick;
            return this;
        }

        /**
         * How long (simulated time, default none) the workload controllers take to notice a new generation of a
         * Deployment, StatefulSet or DaemonSet, counted from the controller pass that first lists it. Meanwhile its status stays the one written for the previous
         * generation ({@code observedGeneration} behind {@code metadata.generation}, the old counts): the stale
         * status a client reads right after a change on a busy cluster.
         */
        public Builder observationLag(Duration observationLag) {
            this.observationLag = observationLag;
            return this;
        }

        /** The bearer token to accept (default: random per instance). */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** How long each write waits before it is answered, as for etcd's commit (default: no wait). */
        public Builder writeLatency(Duration writeLatency) {
            this.writeLatency = writeLatency;
            return this;
        }

        /**
         * Whether the controllers run (default true). Without them the fake is an API server alone: objects are
         * stored and served, but no workload gets pods or status, so a rollout never completes.
         */
        public Builder controllers(boolean controllers) {
            this.controllers = controllers;
            return this;
        }

        /**
         * How many recent changes HTTP-streaming watches can start from (default 10,000): a watch from an older
         * resourceVersion gets a 410 Expired event, as from a real server's watch cache.
         */
        public Builder watchHistory(int changes) {
            this.watchHistory = changes;
            return this;
        }

        /** Namespaces to create besides default, kube-system, kube-public and kube-node-lease. */
        public Builder namespaces(String... names) {
            namespaces.addAll(List.of(names));
            return this;
        }

        /**
         * Installs the Gateway API CRDs ({@code gateway.networking.k8s.io/v1} GatewayClass, Gateway, HTTPRoute), as
         * on a cluster with Gateway API installed. Without it (default) those kinds answer 404, as on a plain cluster.
         */
        public Builder gatewayApi() {
            exposure.gatewayApi();
            return this;
        }

        /**
         * Installs the Istio CRDs for {@code networking.istio.io/v1} VirtualService and DestinationRule (namespaced,
         * in discovery, with CRUD, server-side apply and watch), as on a cluster with Istio installed. The fake
         * stores them; the {@code traffic} simulator routes by them. Without it (default) those kinds answer 404.
         */
        public Builder istio() {
            exposure.istio();
            return this;
        }

        /**
         * Declares an ingress controller: an IngressClass {@code className} (controller
         * {@code skylark.jenkins.io/fake-ingress-controller}) is created, and each Ingress of that class gets
         * {@code address} in {@code status.loadBalancer.ingress[0]} ({@code ip} for an IP, else {@code hostname})
         * after the {@link #exposureDelay exposure delay}. Ingresses of undeclared classes never get an address.
         */
        public Builder ingressController(String className, String address) {
            exposure.ingressController(className, address, false);
            return this;
        }

        /**
         * Like {@link #ingressController}, with the IngressClass marked default
         * ({@code ingressclass.kubernetes.io/is-default-class: "true"}): it also serves Ingresses naming no class.
         */
        public Builder defaultIngressController(String className, String address) {
            exposure.ingressController(className, address, true);
            return this;
        }

        /**
         * Declares a Gateway served by the simulated Gateway API implementation (and installs the Gateway API
         * CRDs): GatewayClass {@code gatewayClassName} (controller {@code skylark.jenkins.io/fake-gateway-controller},
         * created once per class) and Gateway {@code namespace/name} requesting {@code address} (an IP or a
         * hostname), with an HTTP listener on port 80 per hostname ({@code http-1}, {@code http-2} …; a single
         * {@code http} listener for any hostname when none is given), each admitting HTTPRoutes from all
         * namespaces. The namespace is created if needed.
         */
        public Builder gateway(String namespace, String name, String gatewayClassName, String address,
                String... listenerHostnames) {
            exposure.gateway(new GatewayDeclaration(namespace, name, gatewayClassName, address,
                    List.of(listenerHostnames)));
            namespaces.add(namespace);
            return this;
        }

        /**
         * How long (simulated time, default 2 s) the ingress controller takes to assign an address to a new Ingress
         * and the gateway to program a Gateway or report on a new generation of an HTTPRoute.
         */
        public Builder exposureDelay(Duration delay) {
            exposure.delay(delay);
            return this;
        }

        /**
         * Runs the traffic simulator ({@link FakeKubernetes#traffic()}) with its metrics on a free loopback port:
         * requests through the NGINX Ingresses (of class {@code nginx} and the declared ingress classes),
         * HTTPRoutes, VirtualServices or Services, counted as the NGINX ingress controller and Istio export them.
         */
        public Builder trafficSimulator() {
            return trafficSimulator(0);
        }

        /** Like {@link #trafficSimulator()}, serving the metrics on this loopback port (0: any free port). */
        public Builder trafficSimulator(int metricsPort) {
            if (metricsPort < 0) {
                throw new IllegalArgumentException("metrics port must not be negative, was " + metricsPort);
            }
            this.trafficPort = metricsPort;
            return this;
        }

        public FakeKubernetes start() {
            return new FakeKubernetes(this);
        }
    }
}

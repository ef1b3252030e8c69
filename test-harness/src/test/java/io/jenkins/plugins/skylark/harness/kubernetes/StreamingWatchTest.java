package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Watches over plain HTTP streaming, as kubectl asks for them, read with a raw HTTP client. */
class StreamingWatchTest {

    private static FakeKubernetes fake;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        fake = FakeKubernetes.builder().controllers(false).start();
        client = fake.client();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void shouldStreamTheCurrentObjectsAndThenEveryChangeAsJsonLines() throws Exception {
        String ns = namespace("stream");
        create(ns, "existing", "0");
        try (WatchLines watch = WatchLines.open(fake, "/api/v1/namespaces/" + ns + "/configmaps?watch=true")) {
            create(ns, "settings", "1");
            update(ns, "settings", "2");
            client.configMaps().inNamespace(ns).withName("settings").delete();

            assertThat(watch.response().statusCode()).isEqualTo(200);
            assertThat(watch.response().headers().firstValue("Transfer-Encoding")).hasValue("chunked");
            assertEvent(watch.next(), "ADDED", "existing", "0");
            assertEvent(watch.next(), "ADDED", "settings", "1");
            JsonNode modified = watch.next();
            assertEvent(modified, "MODIFIED", "settings", "2");
            JsonNode deleted = watch.next();
            assertEvent(deleted, "DELETED", "settings", "2");
            assertThat(deleted.at("/object/apiVersion").asText()).isEqualTo("v1");
            assertThat(resourceVersion(deleted)).isGreaterThan(resourceVersion(modified));
        }
    }

    @Test
    void shouldMissNothingWrittenBetweenListAndWatch() {
        String ns = namespace("listwatch");
        create(ns, "before", "1");
        String listed = client.configMaps().inNamespace(ns).list().getMetadata().getResourceVersion();
        create(ns, "between", "1");
        update(ns, "between", "2");
        client.configMaps().inNamespace(ns).withName("before").delete();

        try (WatchLines watch = WatchLines.open(fake, "/api/v1/namespaces/" + ns
                + "/configmaps?watch=true&resourceVersion=" + listed)) {
            create(ns, "after", "1");

            assertEvent(watch.next(), "ADDED", "between", "1");
            assertEvent(watch.next(), "MODIFIED", "between", "2");
            assertEvent(watch.next(), "DELETED", "before", "1");
            assertEvent(watch.next(), "ADDED", "after", "1");
        }
    }

    @Test
    void shouldFilterByFieldAndLabelSelectors() {
        String ns = namespace("selectors");
        String path = "/api/v1/namespaces/" + ns + "/configmaps?watch=true&";
        try (WatchLines byName = WatchLines.open(fake, path + "fieldSelector=metadata.name%3Db");
                WatchLines byLabels = WatchLines.open(fake, path + "labelSelector=tier+in+(web,api),!canary")) {
            create(ns, "a", "1", "tier", "web");
            create(ns, "b", "1", "tier", "db");
            create(ns, "c", "1", "tier", "api", "canary", "true");
            create(ns, "d", "1", "tier", "api");
            client.configMaps().inNamespace(ns).withName("a").edit(cm -> new ConfigMapBuilder(cm).editMetadata()
                    .addToLabels("tier", "db").endMetadata().build());
            client.configMaps().inNamespace(ns).withName("b").delete();

            assertEvent(byName.next(), "ADDED", "b", "1");
            assertEvent(byName.next(), "DELETED", "b", "1");
            assertEvent(byLabels.next(), "ADDED", "a", "1");
            assertEvent(byLabels.next(), "ADDED", "d", "1");
            // relabelled out of the selector: gone for this watch, as a real server says
            assertEvent(byLabels.next(), "DELETED", "a", "1");
        }
    }

    @Test
    void shouldWatchClusterScopedKindsAndAllNamespaces() {
        try (WatchLines namespaces = WatchLines.open(fake, "/api/v1/namespaces?watch=true&fieldSelector="
                + "metadata.name%3Dfresh");
                WatchLines everywhere = WatchLines.open(fake, "/api/v1/configmaps?watch=true&labelSelector=app%3Dx")) {
            namespace("fresh");
            create("fresh", "one", "1", "app", "x");
            create("default", "two", "1", "app", "x");

            JsonNode added = namespaces.next();
            assertThat(added.at("/object/kind").asText()).isEqualTo("Namespace");
            assertThat(added.at("/object/metadata/name").asText()).isEqualTo("fresh");
            assertThat(List.of(everywhere.next(), everywhere.next())).extracting(e -> e.at("/object/metadata/namespace")
                    .asText()).containsExactly("fresh", "default");
        }
    }

    @Test
    void shouldEndWithAnExpiredErrorWhenTheResourceVersionIsOlderThanTheHistory() {
        try (FakeKubernetes small = FakeKubernetes.builder().controllers(false).watchHistory(3).start()) {
            ConfigMap first = small.client().configMaps().resource(configMap("counter", "0")).create();
            for (int level = 1; level <= 5; level++) {
                small.client().configMaps().resource(configMap("counter", Integer.toString(level))).update();
            }
            String old = first.getMetadata().getResourceVersion();

            try (WatchLines watch = WatchLines.open(small, "/api/v1/namespaces/default/configmaps?watch=true"
                    + "&resourceVersion=" + old)) {
                JsonNode error = watch.next();

                assertThat(error.path("type").asText()).isEqualTo("ERROR");
                assertThat(error.at("/object/kind").asText()).isEqualTo("Status");
                assertThat(error.at("/object/code").asInt()).isEqualTo(410);
                assertThat(error.at("/object/reason").asText()).isEqualTo("Expired");
                assertThat(error.at("/object/message").asText()).startsWith("too old resource version: " + old + " (");
                assertThat(watch.ended()).isTrue();
            }
        }
    }

    @Test
    void shouldRefuseAWrongTokenWithUnauthorized() throws Exception {
        HttpResponse<String> response = get("/api/v1/configmaps?watch=true", "Bearer wrong");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"kind\":\"Status\"", "\"reason\":\"Unauthorized\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/configmaps?watch=true&fieldSelector=data.level%3D1 | 400 | field label not supported: data.level",
        "/api/v1/configmaps?watch=true&labelSelector=tier+in+() | 400 | unable to parse requirement",
        "/api/v1/configmaps?watch=true&resourceVersion=latest | 400 | invalid resource version: latest",
        "/api/v1/configmaps?watch=true&sendInitialEvents=true | 422 | unless the WatchList feature gate is enabled",
        "/apis/example.com/v1/widgets?watch=true | 404 | the server could not find the requested resource",
        "/api/v1/watch/namespaces/default/configmaps?watch=true | 404 | NotFound"})
    void shouldRefuseWhatARealServerRefuses(String path, int code, String message) throws Exception {
        // a watch wrongly served would end after its timeout, and fail below, instead of hanging the test
        HttpResponse<String> response = get(path + "&timeoutSeconds=5", "Bearer " + fake.token());

        assertThat(response.statusCode()).isEqualTo(code);
        assertThat(response.body()).contains("\"kind\":\"Status\"", message);
    }

    @Test
    void shouldKeepServingWebSocketWatchesToFabric8Clients() throws Exception {
        String ns = namespace("websocket");
        BlockingQueue<String> actions = new LinkedBlockingQueue<>();
        try (Watch watch = client.configMaps().inNamespace(ns).watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, ConfigMap resource) {
                actions.add(action + " " + resource.getMetadata().getName());
            }

            @Override
            public void onClose(WatcherException cause) {
                actions.add("closed");
            }
        })) {
            create(ns, "socket", "1");
            update(ns, "socket", "2");

            assertThat(actions.poll(30, TimeUnit.SECONDS)).isEqualTo("ADDED socket");
            assertThat(actions.poll(30, TimeUnit.SECONDS)).isEqualTo("MODIFIED socket");
        }
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(fake.url() + path)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertEvent(JsonNode event, String type, String name, String level) {
        assertThat(event.path("type").asText()).as(event.toString()).isEqualTo(type);
        assertThat(event.at("/object/kind").asText()).isEqualTo("ConfigMap");
        assertThat(event.at("/object/metadata/name").asText()).as(event.toString()).isEqualTo(name);
        assertThat(event.at("/object/data/level").asText()).as(event.toString()).isEqualTo(level);
    }

    private static long resourceVersion(JsonNode event) {
        return Long.parseLong(event.at("/object/metadata/resourceVersion").asText());
    }

    private static String namespace(String name) {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        return name;
    }

    private static void create(String ns, String name, String level, String... labels) {
        ConfigMap cm = configMap(name, level);
        for (int i = 0; i < labels.length; i += 2) {
            cm.getMetadata().getLabels().put(labels[i], labels[i + 1]);
        }
        client.configMaps().inNamespace(ns).resource(cm).create();
    }

    private static void update(String ns, String name, String level) {
        client.configMaps().inNamespace(ns).withName(name)
                .edit(cm -> new ConfigMapBuilder(cm).addToData("level", level).build());
    }

    private static ConfigMap configMap(String name, String level) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withLabels(new java.util.HashMap<>())
                .endMetadata().addToData("level", level).build();
    }
}

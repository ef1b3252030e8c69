package io.jenkins.plugins.skylark.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.FixedViewer;
import io.jenkins.plugins.skylark.web.Json;
import io.jenkins.plugins.skylark.web.Viewer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformPageTest {
    private final MemoryPlatform store = new MemoryPlatform(TestConfigs.withRelease());
    private Viewer viewer = FixedViewer.administrator();
    private final PlatformPage page = new PlatformPage(() -> viewer, store,
            () -> List.of(new FolderBinding("shop", "shop"), new FolderBinding("teams/shop-ops", "shop")),
            new ConnectionTests(new NoSecrets(), Duration.ofSeconds(2)));

    @Test
    void shouldListEveryKindAsRowsWithTheProjectsFoldersAndCredentialIdsOnly() throws Exception {
        JsonNode model = get(page.model(), Locale.ENGLISH);

        assertThat(model.at("/kinds/cluster/rows/0/id").asText()).isEqualTo("east");
        assertThat(model.at("/kinds/cluster/rows/0/credentialsId").asText()).isEqualTo("east-token");
        assertThat(model.at("/kinds/cluster/rows/0/labels").asText()).isEqualTo("region=cn-east\n");
        assertThat(model.at("/kinds/registry/rows/0/kind").asText()).isEqualTo("harbor");
        assertThat(model.at("/kinds/project/rows/0/namespaces").asText())
                .isEqualTo("east/shop-dev\neast/shop-prod\nwest/shop-dr");
        assertThat(model.at("/kinds/project/rows/0/folders").toString()).isEqualTo("[\"shop\",\"teams/shop-ops\"]");
        assertThat(model.at("/kinds/project/rows/1/folders").toString()).isEqualTo("[]");
        assertThat(model.at("/kinds/environment/rows/0/order").asInt()).isEqualTo(2);
        assertThat(model.at("/kinds/environment/rows/0/protectedEnvironment").asBoolean()).isTrue();
        assertThat(model.at("/kinds/application/rows/0/workloads").asText())
                .isEqualTo("Deployment/web: web, log-shipper\nStatefulSet/web.cache: redis");
        assertThat(model.at("/kinds/environment/fields/4/type").asText()).isEqualTo("NUMBER");
        assertThat(model.at("/messages/title").asText()).isEqualTo("Skylark platform");
        assertThat(get(page.model(), Locale.SIMPLIFIED_CHINESE).at("/messages/title").asText()).isEqualTo("Skylark 平台");
    }

    @Test
    void shouldAddAValidEnvironmentAndPutTheWholeModelInForce() throws Exception {
        ApiResponse response = save(Map.of("kind", "environment", "action", "add", "values", Map.of("projectId", "shop",
                "id", "staging", "clusterId", "west", "namespace", "shop-dr", "order", 3, "trafficRouter", "")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(store.model().environment("shop", "staging")).get().extracting(Environment::namespace, Environment::order)
                .containsExactly("shop-dr", 3);
        assertThat(Json.MAPPER.readTree(response.json()).at("/kinds/environment/rows/3/id").asText()).isEqualTo("staging");
    }

    @Test
    void shouldRejectAnInvalidEnvironmentNamingItsFieldAndChangeNothing() throws Exception {
        PlatformModel before = store.model();
        List<Map<String, Object>> rowsBefore = store.rows(ObjectKind.ENVIRONMENT);

        ApiResponse response = save(Map.of("kind", "environment", "action", "add", "values", Map.of("projectId", "shop",
                "id", "staging", "clusterId", "west", "namespace", "blog", "order", 3)));

        assertThat(response.status()).isEqualTo(400);
        JsonNode answer = Json.MAPPER.readTree(response.json());
        assertThat(answer.at("/problems/0/kind").asText()).isEqualTo("environment");
        assertThat(answer.at("/problems/0/id").asText()).isEqualTo("shop/staging");
        assertThat(answer.at("/problems/0/field").asText()).isEqualTo("namespace");
        assertThat(answer.at("/error").asText()).contains("rejected");
        assertThat(store.model()).isSameAs(before);
        assertThat(store.rows(ObjectKind.ENVIRONMENT)).isEqualTo(rowsBefore);
    }

    @Test
    void shouldEditOnlyTheDialogsFieldsAndKeepTheOtherSettings() {
        Environment prod = store.model().environment("shop", "prod").orElseThrow();
        var analysesBefore = store.model().analyses();

        ApiResponse response = save(Map.of("kind", "environment", "action", "edit", "projectId", "shop", "id", "prod",
                "values", Map.of("projectId", "shop", "id", "prod", "approvers", "alice, bob")));

        assertThat(response.status()).isEqualTo(200);
        Environment edited = store.model().environment("shop", "prod").orElseThrow();
        assertThat(edited.approvers()).containsExactly("alice", "bob");
        assertThat(edited.release()).isEqualTo(prod.release());
        assertThat(edited.exposure()).isEqualTo(prod.exposure());
        assertThat(edited.namespace()).isEqualTo(prod.namespace());
        assertThat(store.model().analyses()).isNotEmpty().isEqualTo(analysesBefore);
    }

    @Test
    void shouldEditAProjectsNamespacesFromLinesAndNameABadLinesField() throws Exception {
        ApiResponse bad = save(Map.of("kind", "project", "action", "edit", "id", "blog",
                "values", Map.of("id", "blog", "namespaces", "west/blog\nwest")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(bad.json()).findValuesAsText("field")).contains("namespaces[1].clusterId");

        ApiResponse good = save(Map.of("kind", "project", "action", "edit", "id", "blog",
                "values", Map.of("id", "blog", "namespaces", "west/blog\nwest/blog-preview")));
        assertThat(good.status()).isEqualTo(200);
        assertThat(store.model().project("blog").orElseThrow().owns("west", "blog-preview")).isTrue();
    }

    @Test
    void shouldRejectRenamingAProjectThatEnvironmentsStillNameAndKeepIt() throws Exception {
        PlatformModel before = store.model();

        ApiResponse response = save(Map.of("kind", "project", "action", "edit", "id", "blog",
                "values", Map.of("id", "journal")));

        assertThat(response.status()).isEqualTo(400);
        JsonNode problems = Json.MAPPER.readTree(response.json()).get("problems");
        assertThat(problems.findValuesAsText("id")).contains("blog/dev");
        assertThat(store.model()).isSameAs(before);
    }

    @Test
    void shouldDeleteAnApplicationAndRefuseToDeleteAClusterInUse() {
        assertThat(save(Map.of("kind", "application", "action", "delete", "projectId", "blog", "id", "web")).status())
                .isEqualTo(200);
        assertThat(store.model().application("blog", "web")).isEmpty();
        assertThat(store.model().application("shop", "web")).isPresent();

        ApiResponse inUse = save(Map.of("kind", "cluster", "action", "delete", "id", "west"));
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(store.model().cluster("west")).isPresent();
    }

    @Test
    void shouldNameAFieldOfTheWrongTypeOrUnknownAndAnObjectThatDoesNotExist() throws Exception {
        ApiResponse wrongType = save(Map.of("kind", "environment", "action", "add", "values", Map.of("projectId", "shop",
                "id", "qa", "order", "third", "secret", "x")));
        assertThat(wrongType.status()).isEqualTo(400);
        JsonNode problems = Json.MAPPER.readTree(wrongType.json()).get("problems");
        assertThat(problems.findValuesAsText("field")).containsExactlyInAnyOrder("order", "secret");
        assertThat(problems.findValuesAsText("message")).contains("must be a whole number");

        ApiResponse missing = save(Map.of("kind", "cluster", "action", "edit", "id", "north", "values", Map.of()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).contains("north");
        assertThat(save(Map.of("kind", "galaxy", "action", "add")).status()).isEqualTo(400);
    }

    @Test
    void shouldAnswerOnlyAdministrators() {
        viewer = FixedViewer.reading("bob", "shop");
        PlatformModel before = store.model();

        ApiResponse model = ApiEndpoint.answer(page.model(), ApiRequest.get(Map.of(), Locale.ENGLISH), false);
        ApiResponse change = save(Map.of("kind", "cluster", "action", "delete", "id", "east"));
        ApiResponse test = ApiEndpoint.answer(page.testConnection(ObjectKind.CLUSTER),
                ApiRequest.post("{\"id\":\"east\"}", Locale.ENGLISH), true);

        assertThat(List.of(model.status(), change.status(), test.status())).containsOnly(403);
        assertThat(model.json()).contains("bob").doesNotContain("east");
        assertThat(store.model()).isSameAs(before);
    }

    @Test
    void shouldRefuseAChangeByGet() {
        ApiResponse response = ApiEndpoint.answer(page.save(), new ApiRequest("GET", Map.of(),
                "{\"kind\":\"cluster\",\"action\":\"delete\",\"id\":\"west\"}", Locale.ENGLISH), true);

        assertThat(response.status()).isEqualTo(405);
        assertThat(store.model().cluster("west")).isPresent();
    }

    private ApiResponse save(Map<String, Object> body) {
        return ApiEndpoint.answer(page.save(), ApiRequest.post(Json.write(body), Locale.ENGLISH), true);
    }

    private static JsonNode get(ApiEndpoint endpoint, Locale locale) throws Exception {
        ApiResponse response = ApiEndpoint.answer(endpoint, ApiRequest.get(Map.of(), locale), false);
        assertThat(response.status()).isEqualTo(200);
        return Json.MAPPER.readTree(response.json());
    }

    /** The model and save tests reach no server. */
    private static final class NoSecrets implements ConnectionTests.Secrets {
        @Override
        public String clusterToken(String credentialsId) {
            throw new IllegalArgumentException("no secrets here");
        }

        @Override
        public ConnectionTests.Login registryLogin(String credentialsId) {
            throw new IllegalArgumentException("no secrets here");
        }
    }
}

package io.jenkins.plugins.skylark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformModelTest {

    @Test
    void shouldNotSeeChangesToTheListsItWasBuiltFrom() {
        TestPlatform platform = new TestPlatform();
        PlatformModel model = platform.build();

        platform.clusters.clear();
        platform.environments.clear();

        assertThat(model.clusters()).hasSize(2);
        assertThat(model.environments()).hasSize(3);
    }

    @Test
    void shouldRefuseChangesThroughItsAccessors() {
        PlatformModel model = TestPlatform.valid();

        assertThatThrownBy(() -> model.projects().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> model.cluster("east").orElseThrow().labels().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> model.cluster("east").orElseThrow().trafficRouters().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> model.environments("shop").clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldCopyNestedCollections() {
        Map<String, String> labels = new HashMap<>(Map.of("region", "cn-east"));
        Set<TrafficRouter> routers = EnumSet.of(TrafficRouter.NGINX);
        List<String> approvers = new ArrayList<>(List.of("alice"));
        List<String> containers = new ArrayList<>(List.of("web"));
        Cluster cluster = new Cluster("east", null, "https://e", null, false, "c", labels, routers);
        Environment environment = new Environment("prod", "shop", "east", "shop", 1, true, approvers, null);
        Workload workload = new Workload(WorkloadKind.DEPLOYMENT, "web", containers);

        labels.clear();
        routers.add(TrafficRouter.ISTIO);
        approvers.clear();
        containers.clear();

        assertThat(cluster.labels()).containsEntry("region", "cn-east");
        assertThat(cluster.trafficRouters()).containsExactly(TrafficRouter.NGINX);
        assertThat(environment.approvers()).containsExactly("alice");
        assertThat(workload.containers()).containsExactly("web");
    }

    @Test
    void shouldTreatMissingListsAsEmptyAndRefuseNullElements() {
        assertThat(new Project("p", "P", null, null, null, null).namespaces()).isEmpty();
        assertThat(PlatformModel.empty().projects()).isEmpty();

        List<Cluster> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new PlatformModel(withNull, null, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("clusters must not contain null");
    }

    @Test
    void shouldLookUpEnvironmentsAndApplicationsWithinTheirProject() {
        PlatformModel model = TestPlatform.valid();

        assertThat(model.environment("blog", "dev")).map(Environment::clusterId).contains("west");
        assertThat(model.environment("shop", "dev")).map(Environment::clusterId).contains("east");
        assertThat(model.environment("blog", "prod")).isEmpty();
        assertThat(model.application("shop", "web")).map(Application::imageRepository).contains("shop/web");
        assertThat(model.applications("blog")).extracting(Application::imageRepository).containsExactly("blog/web");
    }

    @Test
    void shouldListEnvironmentsOfAProjectByOrder() {
        assertThat(TestPlatform.valid().environments("shop")).extracting(Environment::id).containsExactly("dev", "prod");
    }

    @Test
    void shouldFindNothingForUnknownOrMissingIds() {
        PlatformModel model = TestPlatform.valid();

        assertThat(model.cluster("mars")).isEmpty();
        assertThat(model.registry(null)).isEmpty();
        assertThat(model.project("")).isEmpty();
    }

    @Test
    void shouldDefaultDisplayNameToIdWhenBlank() {
        assertThat(new Project("news", null, null, List.of(), null, null).displayName()).isEqualTo("news");
        assertThat(new Project("news", "  ", null, List.of(), null, null).displayName()).isEqualTo("news");
        assertThat(new Project("news", "News", null, List.of(), null, null).displayName()).isEqualTo("News");
        assertThat(new Project("news", null, "新闻", List.of(), null, null).displayName(java.util.Locale.ENGLISH))
                .isEqualTo("news");
    }

    @Test
    void shouldShowChineseDisplayNameOnlyWhenSet() {
        PlatformModel model = TestPlatform.valid();

        assertThat(model.project("shop").orElseThrow().displayName(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("商城");
        assertThat(model.project("shop").orElseThrow().displayName(java.util.Locale.ENGLISH)).isEqualTo("Shop");
        assertThat(model.project("blog").orElseThrow().displayName(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("Blog");
    }
}

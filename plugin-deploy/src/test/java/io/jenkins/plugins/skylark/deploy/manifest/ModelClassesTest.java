package io.jenkins.plugins.skylark.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelClassesTest {
    /** Whatever the lookup by name answers, fabric8's own lookup by kind answers the same class. */
    @ParameterizedTest
    @CsvSource({"v1,ConfigMap", "v1,Service", "v1,Secret", "v1,ServiceAccount", "v1,Namespace",
            "v1,PersistentVolumeClaim", "apps/v1,Deployment", "apps/v1,StatefulSet", "apps/v1,DaemonSet",
            "batch/v1,Job", "batch/v1,CronJob", "networking.k8s.io/v1,Ingress", "networking.k8s.io/v1,NetworkPolicy",
            "rbac.authorization.k8s.io/v1,Role", "rbac.authorization.k8s.io/v1,ClusterRoleBinding",
            "policy/v1,PodDisruptionBudget", "autoscaling/v2,HorizontalPodAutoscaler"})
    void shouldFindTheClassFabric8WouldPick(String apiVersion, String kind) {
        assertThat(ModelClasses.of(apiVersion, kind)).contains(
                ModelSerialization.shared().getRegisteredKubernetesResource(apiVersion, kind).asSubclass(HasMetadata.class));
    }

    @ParameterizedTest
    @CsvSource({
        "v1,Deployment", // the class is in another group's package
        "apps/v1,ConfigMap", // no such class in that package
        "v1,ObjectMeta", // a class, but not an object with metadata
        "v1,HasMetadata", // an interface
        "v1,GenericKubernetesResource", // an object, but no kind of its own
        "v1,ConfigMapList", // lists are expanded before this
        "v1,configMap", // kinds are written in upper camel case
        "apps/v1beta1,Deployment", // a version left to fabric8's lookup
        "example.com/v1,Widget"}) // a custom kind
    void shouldLeaveEverythingElseToFabric8(String apiVersion, String kind) {
        assertThat(ModelClasses.of(apiVersion, kind)).isEmpty();
    }
}

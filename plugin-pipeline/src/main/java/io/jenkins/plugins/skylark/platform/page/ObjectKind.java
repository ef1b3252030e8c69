package io.jenkins.plugins.skylark.platform.page;

import static io.jenkins.plugins.skylark.platform.page.FieldSpec.flag;
import static io.jenkins.plugins.skylark.platform.page.FieldSpec.lines;
import static io.jenkins.plugins.skylark.platform.page.FieldSpec.number;
import static io.jenkins.plugins.skylark.platform.page.FieldSpec.select;
import static io.jenkins.plugins.skylark.platform.page.FieldSpec.text;

import io.jenkins.plugins.skylark.platform.TrafficRouter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of object the page edits, with the fields its dialogs show. Settings a dialog does not show
 * (an environment's exposure and release settings, an application's build, a project's servers) are kept
 * as they are when the object is changed; the System configuration page and Configuration as Code set them.
 * {@code id} (and {@code projectId} for environments and applications) name the object.
 */
public enum ObjectKind {
    CLUSTER("cluster", false, text("id"), text("displayName"), text("apiUrl"), text("credentialsId"),
            lines("caCertificatePem"), flag("skipTlsVerify"), lines("labels"), flag("nginx"), flag("istio"),
            flag("gatewayApi")),
    REGISTRY("registry", false, text("id"), text("url"), select("kind", List.of("harbor", "oci")),
            text("credentialsId"), flag("insecure"), flag("createProjects"), text("webhookSecretId")),
    PROJECT("project", false, text("id"), text("displayName"), text("displayNameZh"), lines("namespaces"),
            text("defaultRegistryId"), text("registryProject")),
    ENVIRONMENT("environment", true, text("projectId"), text("id"), text("clusterId"), text("namespace"),
            number("order"), flag("protectedEnvironment"), text("approvers"), flag("fourEyes"),
            select("trafficRouter", Arrays.stream(TrafficRouter.values()).map(TrafficRouter::userName).toList()),
            text("domain")),
    APPLICATION("application", true, text("projectId"), text("id"), text("imageRepository"),
            text("manifestsPath"), lines("workloads"));

    private final String userName;
    private final boolean inProject;
    private final List<FieldSpec> fields;

    ObjectKind(String userName, boolean inProject, FieldSpec... fields) {
        this.userName = userName;
        this.inProject = inProject;
        this.fields = List.of(fields);
    }

    /** {@code cluster} … {@code application}: as requests and validation problems name the kind. */
    public String userName() {
        return userName;
    }

    /** Environments and applications: ids are unique within their project only. */
    public boolean inProject() {
        return inProject;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** How validation problems name an object of this kind: {@code id}, or {@code project/id}. */
    public String qualifiedId(String projectId, String id) {
        return inProject ? projectId + "/" + id : id;
    }

    public static Optional<ObjectKind> parse(String name) {
        String value = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.userName.equals(value)).findFirst();
    }
}

package io.jenkins.plugins.skylark.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Rules for projects: id, names, owned namespaces (never shared between projects), registry, servers. */
final class ProjectRules {

    /** Harbor project names; also a valid first path component of an OCI repository. */
    private static final Pattern REGISTRY_PROJECT = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

    private ProjectRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        List<Project> projects = model.projects();
        List<Project> earlier = ObjectIds.earlierWithSameKey(projects, Project::id);
        Map<NamespaceBinding, Project> owners = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Problems.Subject subject = problems.about("project", ObjectIds.of(project.id(), i));
            if (subject.label("id", project.id(), "id.invalid") && earlier.get(i) != null) {
                subject.add("id", "id.duplicate", project.id(), problems.text("kind.project"));
            }
            checkNamespaces(model, subject, project, owners);
            checkRegistry(model, subject, project);
            ProjectServerRules.check(model, subject, project);
        }
    }

    private static void checkNamespaces(PlatformModel model, Problems.Subject subject, Project project,
                                        Map<NamespaceBinding, Project> owners) {
        List<NamespaceBinding> bindings = project.namespaces();
        for (int i = 0; i < bindings.size(); i++) {
            NamespaceBinding binding = bindings.get(i);
            String field = "namespaces[" + i + "]";
            boolean clusterKnown = subject.required(field + ".clusterId", binding.clusterId())
                    && subject.resolves(field + ".clusterId", model.cluster(binding.clusterId()).isPresent(),
                            "cluster", binding.clusterId());
            boolean namespaceValid = subject.label(field + ".namespace", binding.namespace(), "namespace.invalid");
            if (clusterKnown && namespaceValid) {
                checkOwner(subject, field, project, binding, owners);
            }
        }
    }

    /** A namespace owned by two projects would let either one deploy into the other's. */
    private static void checkOwner(Problems.Subject subject, String field, Project project, NamespaceBinding binding,
                                   Map<NamespaceBinding, Project> owners) {
        Project owner = owners.putIfAbsent(binding, project);
        if (owner == project) {
            subject.add(field, "binding.duplicate", binding.clusterId(), binding.namespace());
        } else if (owner != null) {
            subject.add(field, "binding.ownedByOther", binding.clusterId(), binding.namespace(),
                    owner.id());
        }
    }

    private static void checkRegistry(PlatformModel model, Problems.Subject subject, Project project) {
        String registryId = project.defaultRegistryId();
        boolean hasRegistry = !ObjectIds.isBlank(registryId);
        if (hasRegistry) {
            subject.resolves("defaultRegistryId", model.registry(registryId).isPresent(), "registry", registryId);
        }
        String registryProject = project.registryProject();
        if (ObjectIds.isBlank(registryProject)) {
            return;
        }
        if (!hasRegistry) {
            subject.add("registryProject", "registryProject.needsRegistry");
        } else if (registryProject.length() > 255 || !REGISTRY_PROJECT.matcher(registryProject).matches()) {
            subject.add("registryProject", "registryProject.invalid", registryProject);
        }
    }
}

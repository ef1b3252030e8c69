package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for applications: id unique per project, project reference, workloads and containers,
 * image repository inside the project's registry project, manifests path inside the workspace, build
 * settings ({@link BuildSettingsRules}).
 */
final class ApplicationRules {

    /** OCI distribution spec repository name: lower-case path components. */
    private static final Pattern REPOSITORY = Pattern.compile(
            "[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*");
    private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\]|[A-Za-z]:).*");

    private ApplicationRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        List<Application> applications = model.applications();
        List<Application> sameId = ObjectIds.earlierWithSameKey(applications,
                application -> ObjectIds.keyOf(application.projectId(), application.id()));
        for (int i = 0; i < applications.size(); i++) {
            Application application = applications.get(i);
            Problems.Subject subject = problems.about("application",
                    ObjectIds.qualified(application.projectId(), application.id(), i));
            if (subject.label("id", application.id(), "id.invalid") && sameId.get(i) != null) {
                subject.add("id", "id.duplicateInProject", application.id(), application.projectId(),
                        problems.text("kind.application"));
            }
            Optional<Project> project = Optional.empty();
            if (subject.required("projectId", application.projectId())) {
                project = model.project(application.projectId());
                subject.resolves("projectId", project.isPresent(), "project", application.projectId());
            }
            WorkloadRules.check(subject, application.workloads());
            checkImageRepository(subject, application.imageRepository(), project);
            checkManifestsPath(subject, application.manifestsPath());
            BuildSettingsRules.check(subject, application.build());
        }
    }

    private static void checkImageRepository(Problems.Subject subject, String repository, Optional<Project> project) {
        if (!subject.required("imageRepository", repository)) {
            return;
        }
        if (repository.length() > 255 || !REPOSITORY.matcher(repository).matches()) {
            subject.add("imageRepository", "imageRepository.invalid", repository);
            return;
        }
        String registryProject = project.map(Project::registryProject).orElse(null);
        // Pushing outside the project's registry project would write into another tenant's images.
        if (!ObjectIds.isBlank(registryProject) && !repository.startsWith(registryProject + "/")) {
            subject.add("imageRepository", "imageRepository.outsideProject", repository, registryProject);
        }
    }

    private static void checkManifestsPath(Problems.Subject subject, String path) {
        if (ObjectIds.isBlank(path)) {
            return;
        }
        boolean escapes = List.of(path.split("[/\\\\]")).contains("..");
        if (escapes || ABSOLUTE.matcher(path).matches()) {
            subject.add("manifestsPath", "manifestsPath.invalid", path);
        }
    }
}

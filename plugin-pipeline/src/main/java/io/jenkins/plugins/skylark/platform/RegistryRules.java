package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.Locale;

/**
 * Rules for image registries: id, URL (with or without scheme), kind; Harbor project creation (which needs
 * credentials) and the webhook secret only on Harbor registries.
 */
final class RegistryRules {

    private RegistryRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        List<ImageRegistry> registries = model.registries();
        List<ImageRegistry> earlier = ObjectIds.earlierWithSameKey(registries, ImageRegistry::id);
        for (int i = 0; i < registries.size(); i++) {
            ImageRegistry registry = registries.get(i);
            Problems.Subject subject = problems.about("registry", ObjectIds.of(registry.id(), i));
            if (subject.label("id", registry.id(), "id.invalid") && earlier.get(i) != null) {
                subject.add("id", "id.duplicate", registry.id(), problems.text("kind.registry"));
            }
            if (subject.required("url", registry.url())) {
                Addresses.checkRegistryUrl(subject, "url", registry.url(), registry.insecure());
            }
            subject.required("kind", registry.kind());
            checkHarborSettings(subject, registry);
        }
    }

    /** Refused rather than ignored on other kinds: an administrator who sets them expects them to act. */
    static void checkHarborSettings(Problems.Subject subject, ImageRegistry registry) {
        boolean harbor = registry.kind() == RegistryKind.HARBOR;
        String kind = registry.kind() == null ? subject.none() : registry.kind().name().toLowerCase(Locale.ROOT);
        if (registry.createProjects()) {
            if (!harbor) {
                subject.add("createProjects", "registry.harborOnly", "createProjects", kind);
            } else if (ObjectIds.isBlank(registry.credentialsId())) {
                subject.add("createProjects", "registry.createProjectsNeedsCredentials");
            }
        }
        if (!ObjectIds.isBlank(registry.webhookSecretId())) {
            if (harbor) {
                ServerRules.optionalCredentialsId(subject, "webhookSecretId", registry.webhookSecretId());
            } else {
                subject.add("webhookSecretId", "registry.harborOnly", "webhookSecretId", kind);
            }
        }
    }
}

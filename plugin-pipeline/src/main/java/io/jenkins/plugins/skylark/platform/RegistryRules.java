package io.jenkins.plugins.skylark.platform;

import java.util.List;

/** Rules for image registries: id, URL (with or without scheme), kind. */
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
        }
    }
}

package io.jenkins.plugins.skylark.platform.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The bearer token of a kubeconfig's current context's user ({@code users[].user.token}). Client certificates and
 * exec plugins are not read: a connection test signs in with a token only.
 */
public final class KubeconfigToken {
    private KubeconfigToken() {
    }

    public static Optional<String> of(String kubeconfig) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(kubeconfig);
        if (!(document instanceof Map<?, ?> config)) {
            return Optional.empty();
        }
        Object context = named(config.get("contexts"), config.get("current-context")).get("context");
        Object userName = context instanceof Map<?, ?> c ? c.get("user") : null;
        Object user = named(config.get("users"), userName).get("user");
        Object token = user instanceof Map<?, ?> u ? u.get("token") : null;
        return token instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    /** The entry of a kubeconfig list ({@code - name: x}) with that name; empty when none. */
    private static Map<?, ?> named(Object list, Object name) {
        if (list instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && name != null && name.equals(map.get("name"))) {
                    return map;
                }
            }
        }
        return Map.of();
    }
}

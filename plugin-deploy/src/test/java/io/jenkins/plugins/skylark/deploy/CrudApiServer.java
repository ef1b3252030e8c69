package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;

/**
 * fabric8's in-memory API server in CRUD mode: stores objects, runs no controllers. Enough for
 * everything that happens before a rollout (validation, apply, labels).
 */
final class CrudApiServer implements AutoCloseable {
    private final KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(),
            new HashMap<>(), new KubernetesCrudDispatcher(List.of()), false);

    CrudApiServer() {
        try {
            server.init(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return server.createClient().getConfiguration().getMasterUrl();
    }

    @Override
    public void close() {
        server.destroy();
    }
}

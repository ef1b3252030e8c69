package io.jenkins.plugins.skylark.template.catalogue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A Git server for tests speaking Git's "dumb" HTTP protocol (plain files of the repository plus {@code info/refs})
 * behind HTTP basic authentication, as an HTTPS host that wants a login does.
 */
final class DumbGitServer implements AutoCloseable {

    private final HttpServer server;
    private final Path gitDir;
    private final String expected;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    DumbGitServer(Path workTree, String username, String password) throws IOException {
        this.gitDir = workTree.resolve(".git");
        this.expected = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/repo.git/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo.git";
    }

    /** The Authorization headers received (null for none). */
    List<String> authorizations() {
        return authorizations;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization);
            if (!expected.equals(authorization)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"catalogue\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath().substring("/repo.git/".length());
            byte[] body = path.equals("info/refs") ? refs() : file(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] file(String path) throws IOException {
        Path file = gitDir.resolve(path).normalize();
        return file.startsWith(gitDir) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    /** What {@code git update-server-info} writes: every ref, annotated tags with their peeled commit. */
    private byte[] refs() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build()) {
            for (Ref ref : repository.getRefDatabase().getRefs()) {
                if (ref.getName().equals("HEAD")) {
                    continue;
                }
                text.append(ref.getObjectId().name()).append('\t').append(ref.getName()).append('\n');
                Ref peeled = repository.getRefDatabase().peel(ref);
                if (peeled.getPeeledObjectId() != null) {
                    text.append(peeled.getPeeledObjectId().name()).append('\t').append(ref.getName()).append("^{}\n");
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

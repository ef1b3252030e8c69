package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The fake Kubernetes API server: fabric8's CRUD dispatcher (storage, resourceVersion, watch) with what it lacks
 * in front of it — discovery, server-side apply, honest JSON merge and strategic merge patches, status and scale
 * subresources, defaults, namespace checks, typed list kinds and {@code Status} error bodies. Unknown kinds and
 * paths answer 404 as a real server does. Writes are serialised so read-modify-write handlers are atomic. Every
 * write is also published to the HTTP-streaming watches ({@link WatchStreams}; WebSocket watches are fabric8's).
 */
public final class FakeApiServer extends KubernetesCrudDispatcher implements ObjectStore {

    /** How many recent changes streaming watches can start from unless told otherwise. */
    public static final int DEFAULT_WATCH_HISTORY = 10_000;

    private final ApiResourceCatalog catalog = new ApiResourceCatalog();
    private final ReentrantLock writes = new ReentrantLock();
    private final ServerSideApply serverSideApply = new ServerSideApply(this);
    private final Discovery discovery = new Discovery(catalog);
    private final ObjectKeyIndex index = new ObjectKeyIndex((KubernetesAttributesExtractor) attributeExtractor);
    private final WatchStreams watches;
    private volatile String serverAddress = "127.0.0.1:443";
    private volatile String token;
    private volatile Duration writeLatency = Duration.ZERO;
    private final AtomicLong writeCount = new AtomicLong();
    private final Set<?> webSocketWatches = webSocketWatches();

    /** A server whose streaming watches can start from any of the last {@code watchHistory} changes. */
    public FakeApiServer(int watchHistory) {
        super(List.of());
        this.watches = new WatchStreams(this::stored, watchHistory);
    }

    /** The kinds served. */
    public ApiResourceCatalog catalog() {
        return catalog;
    }

    /** Where clients reach the server, reported by {@code GET /api}. */
    public void serverAddress(String hostAndPort) {
        this.serverAddress = hostAndPort;
    }

    /**
     * Rejects requests whose bearer token is not this one (401). Requests without credentials are served, since
     * kubectl never sends a token over plain HTTP.
     */
    public void requireToken(String bearerToken) {
        this.token = bearerToken;
    }

    /**
     * Answers every write this much later, after it has been applied, as a real API server answers only once etcd
     * has committed the write (a Raft round and an fsync). The wait holds no thread and no lock, so concurrent
     * writes wait at the same time, as they do on etcd. Reads are answered at once. Default: no wait.
     */
    public void writeLatency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("write latency must not be negative, was " + latency);
        }
        this.writeLatency = latency;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        MockResponse response;
        try {
            authenticate(request.getHeader("Authorization"));
            response = route(request);
        } catch (ApiException e) {
            response = e.toResponse();
        } catch (RuntimeException e) {
            response = new ApiException(500, "InternalError", "fake API server: " + e).toResponse();
        }
        WebSocketListener watch = response.getWebSocketListener();
        if (watch != null) {
            // taken off under the write lock, so no write is publishing to it meanwhile; writes never wait
            // for an event loop while they hold the lock
            response.withWebSocketUpgrade(
                    new ClosingOffTheEventLoop(watch, () -> locked(() -> webSocketWatches.remove(watch))));
        } else if (response.getHeaders().get("Content-Type") == null) {
            response.setHeader("Content-Type", JsonBodies.JSON_TYPE);
        }
        Duration latency = writeLatency;
        if (!latency.isZero() && request.method() != HttpMethod.GET) {
            // the HTTP front sends a delayed body from a timer, without blocking its event loop
            response.setBodyDelay(latency);
        }
        return response;
    }

    /** Refuses (401) a request whose {@code Authorization} header carries another token. */
    void authenticate(String given) {
        String expected = token;
        if (expected != null && given != null && !("Bearer " + expected).equals(given)) {
            throw new ApiException(401, "Unauthorized", "Unauthorized");
        }
    }

    private MockResponse route(RecordedRequest request) {
        String path = request.getPath();
        Optional<ResourcePath> parsed = ResourcePath.parse(path);
        if (parsed.isEmpty()) {
            if (request.method() != HttpMethod.GET) {
                throw new ApiException(405, "MethodNotAllowed", "the server does not allow this method");
            }
            return discovery.answer(path, request.getHeader("Accept"), serverAddress);
        }
        ResourcePath p = parsed.get();
        ResourceType type = catalog.find(p.group(), p.version(), p.plural()).orElseThrow(ApiException::noSuchResource);
        if (p.subresource() != null && !isServed(type, p.subresource())) {
            throw ApiException.noSuchResource();
        }
        return switch (request.method()) {
            case GET -> read(request, p, type);
            case POST -> locked(() -> create(p, type, JsonBodies.body(request)));
            case PUT -> locked(() -> replace(p, type, JsonBodies.body(request)));
            case PATCH -> locked(() -> patch(request, p, type));
            case DELETE -> locked(() -> delete(p, type));
            default -> throw new ApiException(405, "MethodNotAllowed", "the server does not allow this method");
        };
    }

    private static boolean isServed(ResourceType type, String subresource) {
        return subresource.equals("status") && type.status() || subresource.equals("scale") && type.scale();
    }

    private MockResponse read(RecordedRequest request, ResourcePath p, ResourceType type) {
        if (p.isWatch()) {
            return super.handleGet(request.getPath());
        }
        if (p.name() == null) {
            // selectors are matched here, as for watches: fabric8's list parsing knows no set-based requirements
            Selectors selectors = Selectors.parse(p.query().get("fieldSelector"), p.query().get("labelSelector"));
            return selectors.filter(JsonBodies.typedList(super.handleGet(p.collectionPath()), type));
        }
        ObjectNode live = get(p);
        if (live == null) {
            throw notFound(p, type);
        }
        return JsonBodies.ok(200, "scale".equals(p.subresource()) ? Scale.of(live) : live);
    }

    private MockResponse create(ResourcePath p, ResourceType type, String body) {
        if (p.name() != null) {
            throw new ApiException(405, "MethodNotAllowed", "POST is not allowed on a named " + type.kind());
        }
        ObjectNode object = JsonBodies.parseJson(body);
        return create(p, type, object);
    }

    private MockResponse create(ResourcePath p, ResourceType type, ObjectNode object) {
        requireNamespace(p, type);
        if (type.status()) {
            // status is written by controllers through the status subresource, never on create
            object.remove("status");
        }
        if (type.kind().equals("Namespace")) {
            object.putObject("status").put("phase", "Active");
        }
        Defaults.apply(object);
        String name = object.path("metadata").path("name").asText();
        if (!name.isEmpty() && get(new ResourcePath(p.group(), p.version(), p.namespace(), p.plural(), name, null,
                p.query())) != null) {
            throw new ApiException(409, "AlreadyExists", type.qualifiedPlural() + " \"" + name + "\" already exists");
        }
        MockResponse response = checked(super.handleCreate(JsonBodies.internal(HttpMethod.POST, p.collectionPath(), object)),
                p, type);
        if (type.kind().equals("CustomResourceDefinition")) {
            catalog.addCustomResource(object);
        }
        return response;
    }

    private MockResponse replace(ResourcePath p, ResourceType type, String body) {
        ObjectNode object = JsonBodies.parseJson(body);
        if ("scale".equals(p.subresource())) {
            return scale(p, type, object);
        }
        return update(p, type, object);
    }

    private MockResponse patch(RecordedRequest request, ResourcePath p, ResourceType type) {
        String contentType = Optional.ofNullable(request.getHeader("Content-Type")).orElse("")
                .toLowerCase(Locale.ROOT);
        String body = JsonBodies.body(request);
        if (contentType.startsWith("application/apply-patch")) {
            return serverSideApply.apply(p, type, body);
        }
        if (contentType.startsWith("application/json-patch+json")) {
            ObjectNode live = get(p.withoutSubresource());
            if (live == null) {
                throw notFound(p, type);
            }
            JsonNode patched = JsonPatches.apply(body, "scale".equals(p.subresource()) ? Scale.of(live) : live);
            return "scale".equals(p.subresource()) ? scale(p, type, (ObjectNode) patched)
                    : update(p, type, (ObjectNode) patched);
        }
        boolean strategic = contentType.startsWith("application/strategic-merge-patch+json");
        if (!strategic && !contentType.startsWith("application/merge-patch+json")) {
            throw new ApiException(415, "UnsupportedMediaType",
                    "the body of the request was in an unknown format - accepted media types include: "
                            + "application/json-patch+json, application/merge-patch+json, "
                            + "application/apply-patch+yaml, application/strategic-merge-patch+json");
        }
        ObjectNode live = get(p.withoutSubresource());
        if (live == null) {
            throw notFound(p, type);
        }
        JsonNode changes = JsonBodies.parseJson(body);
        boolean scale = "scale".equals(p.subresource());
        JsonNode target = scale ? Scale.of(live) : live;
        JsonNode patched = strategic ? Merges.strategicPatch("", target, changes) : Merges.mergePatch(target, changes);
        return scale ? scale(p, type, (ObjectNode) patched) : update(p, type, (ObjectNode) patched);
    }

    private MockResponse scale(ResourcePath p, ResourceType type, ObjectNode scale) {
        ObjectNode live = get(p.withoutSubresource());
        if (live == null) {
            throw notFound(p, type);
        }
        live.with("spec").set("replicas", scale.path("spec").path("replicas"));
        ObjectNode stored = JsonBodies.parseJson(update(p.withoutSubresource(), type, live).getBody().readUtf8());
        return JsonBodies.ok(200, Scale.of(stored));
    }

    @Override
    public MockResponse update(ResourcePath p, JsonNode object) {
        return update(p, catalog.find(p.group(), p.version(), p.plural()).orElseThrow(), (ObjectNode) object);
    }

    private MockResponse update(ResourcePath p, ResourceType type, ObjectNode object) {
        ObjectNode live = get(p.withoutSubresource());
        if (live == null) {
            throw notFound(p, type);
        }
        ObjectNode stored = "status".equals(p.subresource()) ? withStatusOf(live, object) : object;
        if (p.subresource() == null && type.status()) {
            // the main resource keeps the status; only the status subresource changes it
            setOrRemove(stored, "status", live.get("status"));
        }
        Defaults.apply(stored);
        MockResponse response = checked(super.handleUpdate(JsonBodies.internal(HttpMethod.PUT, p.objectPath(), stored)), p,
                type);
        if (type.kind().equals("CustomResourceDefinition")) {
            catalog.addCustomResource(stored);
        }
        return response;
    }

    /** Off: {@link #update} does it; fabric8's own would drop status writes to custom resources. */
    @Override
    public boolean isStatusSubresourceEnabledForResource(String path) {
        return false;
    }

    /** The live object with the status (and the resourceVersion precondition) of a status write. */
    private static ObjectNode withStatusOf(ObjectNode live, ObjectNode statusWrite) {
        ObjectNode stored = live.deepCopy();
        setOrRemove(stored, "status", statusWrite.get("status"));
        String precondition = statusWrite.path("metadata").path("resourceVersion").asText("");
        if (!precondition.isEmpty()) {
            stored.with("metadata").put("resourceVersion", precondition);
        }
        return stored;
    }

    private static void setOrRemove(ObjectNode object, String field, JsonNode value) {
        if (value == null || value.isNull()) {
            object.remove(field);
        } else {
            object.set(field, value.deepCopy());
        }
    }

    private MockResponse delete(ResourcePath p, ResourceType type) {
        if (p.name() == null) {
            return JsonBodies.typedList(super.handleDelete(p.collectionPath()), type);
        }
        ObjectNode live = get(p);
        if (live == null) {
            throw notFound(p, type);
        }
        if (type.kind().equals("Namespace")) {
            deleteNamespaceContent(p.name());
        }
        if (type.kind().equals("CustomResourceDefinition")) {
            catalog.removeCustomResource(live);
        }
        return checked(super.handleDelete(p.objectPath()), p, type);
    }

    private void deleteNamespaceContent(String namespace) {
        catalog.types().stream().filter(ResourceType::namespaced).forEach(t -> super.handleDelete(
                new ResourcePath(t.group(), t.version(), namespace, t.plural(), null, null, Map.of())
                        .collectionPath()));
    }

    @Override
    public ObjectNode get(ResourcePath p) {
        String stored = index.get(p);
        return stored == null ? null : JsonBodies.parseJson(stored);
    }

    /** Every write of the dispatcher ends here (under its write lock); the key index and the watches follow it. */
    @Override
    public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
            GenericKubernetesResource resource, String newState) {
        String before = oldAttributes == null ? null : map.get(oldAttributes);
        watches.write(before, newState, this::requestResourceVersion, () -> {
            super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
            index.written(pathAttributes, oldAttributes, resource, newState);
        });
        writeCount.incrementAndGet();
    }

    /** The stored JSON of every object in a collection; the map's own lock keeps the copy consistent. */
    private List<String> stored(String collectionPath) {
        AttributeSet query = attributeExtractor.fromPath(collectionPath);
        synchronized (map) {
            return map.entrySet().stream().filter(e -> e.getKey().matches(query)).map(Map.Entry::getValue).toList();
        }
    }

    WatchStreams watches() {
        return watches;
    }

    /** How many HTTP-streaming watches (kubectl's) are open; WebSocket watches are not counted. */
    public int streamingWatches() {
        return watches.size();
    }

    /** How many writes the store has taken so far: a change of this number means something changed. */
    public long writes() {
        return writeCount.get();
    }

    @Override
    public Map.Entry<AttributeSet, String> findResource(AttributeSet attributes) {
        ObjectKeyIndex.Lookup lookup = index.find(attributes);
        return lookup.answered() ? lookup.entry() : super.findResource(attributes);
    }

    @Override
    public void reset() {
        super.reset();
        index.clear();
        watches.reset(requestResourceVersion());
    }

    @Override
    public MockResponse create(ResourcePath p, JsonNode object) {
        return create(p, catalog.find(p.group(), p.version(), p.plural()).orElseThrow(), (ObjectNode) object);
    }

    private void requireNamespace(ResourcePath p, ResourceType type) {
        if (type.namespaced() && p.namespace() == null) {
            throw ApiException.badRequest("the namespace of the provided object does not match the namespace "
                    + "sent on the request");
        }
        if (type.namespaced() && get(new ResourcePath("", "v1", null, "namespaces", p.namespace(), null,
                Map.of())) == null) {
            throw ApiException.notFound("namespaces", p.namespace());
        }
    }

    /** Turns fabric8's answers into what a real server sends: 200 for patches, typed errors. */
    private MockResponse checked(MockResponse response, ResourcePath p, ResourceType type) {
        int code = response.code();
        if (code == 202) {
            response.setResponseCode(200);
        } else if (code == 404) {
            throw notFound(p, type);
        } else if (code == 409) {
            throw new ApiException(409, "Conflict", "Operation cannot be fulfilled on " + type.qualifiedPlural()
                    + " \"" + p.name() + "\": the object has been modified; please apply your changes to the latest "
                    + "version and try again");
        } else if (code >= 400) {
            JsonNode status = JsonBodies.parseJson(response.getBody().readUtf8());
            throw new ApiException(code, status.path("reason").asText("Invalid"), status.path("message").asText());
        }
        return response;
    }

    private ApiException notFound(ResourcePath p, ResourceType type) {
        return ApiException.notFound(type.qualifiedPlural(), p.name());
    }

    /** fabric8 keeps its WebSocket watches private; see {@link ClosingOffTheEventLoop} for why they are needed. */
    private Set<?> webSocketWatches() {
        try {
            Field field = KubernetesCrudDispatcher.class.getDeclaredField("watchEventListeners");
            field.setAccessible(true);
            return (Set<?>) field.get(this);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("fabric8's CRUD dispatcher no longer keeps its WebSocket watches in the "
                    + "set watchEventListeners: ClosingOffTheEventLoop needs another way to take a watch off", e);
        }
    }

    private <T> T locked(java.util.function.Supplier<T> write) {
        writes.lock();
        try {
            return write.get();
        } finally {
            writes.unlock();
        }
    }
}

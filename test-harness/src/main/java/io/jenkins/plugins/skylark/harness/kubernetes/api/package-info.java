/**
 * The fake Kubernetes API server: {@link io.jenkins.plugins.skylark.harness.kubernetes.api.FakeApiServer} puts
 * discovery, server-side apply, merge/strategic/JSON patches, status and scale subresources, defaults and
 * real-server error bodies in front of fabric8's in-memory CRUD dispatcher (storage, resourceVersion, watch).
 *
 * <p>Watches come two ways. fabric8 clients watch over WebSocket, served by fabric8's dispatcher. kubectl
 * (client-go) watches over plain HTTP streaming ({@code GET ...?watch=true}, one JSON event per line), served by
 * {@code WatchEndpoint} from the {@code WatchStreams} hub, which every write of the store passes through: any
 * served kind, one namespace or all, {@code fieldSelector} on {@code metadata.name}/{@code metadata.namespace},
 * {@code labelSelector} (equality, set and existence requirements), {@code resourceVersion} (the changes after it,
 * from the last 10,000; older ones get a 410 {@code Expired} ERROR event), {@code timeoutSeconds} and the bearer
 * token. {@code allowWatchBookmarks} is ignored and the legacy {@code /watch/} path prefix answers 404. Lists
 * take the same selectors; a field selector on any other field answers 400 (a real server supports a few more
 * per kind, such as {@code involvedObject.name} for events).
 */
package io.jenkins.plugins.skylark.harness.kubernetes.api;

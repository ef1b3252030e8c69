/**
 * The fake Kubernetes API server: {@link io.jenkins.plugins.skylark.harness.kubernetes.api.FakeApiServer} puts
 * discovery, server-side apply, merge/strategic/JSON patches, status and scale subresources, defaults and
 * real-server error bodies in front of fabric8's in-memory CRUD dispatcher (storage, resourceVersion, watch).
 */
package io.jenkins.plugins.skylark.harness.kubernetes.api;

package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;

/** The in-memory object store behind the fake API server, as the write handlers see it (calls hold the write lock). */
interface ObjectStore {

    /** The live object, or {@code null}. */
    ObjectNode get(ResourcePath path);

    /** Creates an object in the path's collection (answer 201 or an error). */
    MockResponse create(ResourcePath path, JsonNode object);

    /** Replaces the object (its status is kept unless {@code path} addresses the status subresource). */
    MockResponse update(ResourcePath path, JsonNode object);
}

package io.jenkins.plugins.skylark.deploy.manifest;

import java.util.Optional;

/** Tells whether a kind the model classes do not know (a custom resource) is namespaced. */
@FunctionalInterface
public interface KindScopes {

    /** Empty when the cluster does not serve {@code kind} in {@code apiVersion}. */
    Optional<Boolean> isNamespaced(String apiVersion, String kind);
}

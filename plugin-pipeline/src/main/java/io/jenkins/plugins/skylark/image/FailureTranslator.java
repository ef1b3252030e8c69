package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.RegistryAuthenticationFailedException;
import com.google.cloud.tools.jib.api.RegistryUnauthorizedException;
import com.google.cloud.tools.jib.registry.RegistryCredentialsNotSentException;
import io.jenkins.plugins.skylark.image.retry.RetriesExhaustedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Turns what Jib throws into an {@link ImageBuildException} that says which registry or image failed
 * and why, in the user's words: unreachable, credentials refused, base image missing. Messages pass
 * through the {@link Redactor}; no library exception is attached.
 */
final class FailureTranslator {

    private FailureTranslator() {
    }

    static ImageBuildException translate(Throwable failure, ImageRequest request, ImageTarget target, Redactor redactor) {
        ImageBuildException translated = classify(failure, request, target);
        return new ImageBuildException(translated.reason(), redactor.apply(translated.getMessage()));
    }

    private static ImageBuildException classify(Throwable failure, ImageRequest request, ImageTarget target) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImageBuildException known) {
                return known;
            }
            if (cause instanceof RetriesExhaustedException exhausted) {
                return Messages.failure(ImageBuildException.Reason.REGISTRY_UNAVAILABLE, "error.retriesExhausted",
                        registryNamedIn(cause, request, target), exhausted.lastFailure(), exhausted.attempts());
            }
            if (cause instanceof RegistryUnauthorizedException || cause instanceof RegistryAuthenticationFailedException) {
                return refused(cause, request, target);
            }
            if (cause instanceof RegistryCredentialsNotSentException) {
                return Messages.failure(ImageBuildException.Reason.AUTHENTICATION_REFUSED, "error.credentialsOverHttp",
                        registryNamedIn(cause, request, target));
            }
            if (isUnreachable(cause)) {
                return Messages.failure(ImageBuildException.Reason.REGISTRY_UNREACHABLE, "error.unreachable",
                        registryNamedIn(cause, request, target), summary(cause));
            }
            if (isMissingManifest(cause, request)) {
                return Messages.failure(ImageBuildException.Reason.BASE_IMAGE_MISSING, "error.baseImageMissing",
                        request.baseImage());
            }
        }
        return Messages.failure(ImageBuildException.Reason.BUILD_FAILED, "error.failed", target.describe(),
                summary(rootOf(failure)));
    }

    private static ImageBuildException refused(Throwable cause, ImageRequest request, ImageTarget target) {
        String registry = registryNamedIn(cause, request, target);
        RegistryCredentials credentials = request.credentials();
        if (credentials == null) {
            return Messages.failure(ImageBuildException.Reason.AUTHENTICATION_REFUSED, "error.credentialsRequired",
                    registry);
        }
        return Messages.failure(ImageBuildException.Reason.AUTHENTICATION_REFUSED, "error.authenticationRefused",
                registry, credentials.username());
    }

    private static boolean isUnreachable(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                || cause instanceof SSLException;
    }

    private static boolean isMissingManifest(Throwable cause, ImageRequest request) {
        String message = String.valueOf(cause.getMessage());
        return !ImageRequest.SCRATCH.equals(request.baseImage())
                && message.contains("pull image manifest")
                && (message.contains("manifest unknown") || message.contains("not found"));
    }

    /** The base image's registry when the failure mentions it and it differs from the target; else the target. */
    private static String registryNamedIn(Throwable cause, ImageRequest request, ImageTarget target) {
        String baseRegistry = baseRegistry(request);
        String message = String.valueOf(cause.getMessage());
        if (baseRegistry != null && !baseRegistry.equals(target.registry()) && message.contains(baseRegistry)) {
            return baseRegistry;
        }
        return target.registry() != null ? target.registry() : baseRegistry;
    }

    private static String baseRegistry(ImageRequest request) {
        if (ImageRequest.SCRATCH.equals(request.baseImage())) {
            return null;
        }
        try {
            return com.google.cloud.tools.jib.api.ImageReference.parse(request.baseImage()).getRegistry();
        } catch (com.google.cloud.tools.jib.api.InvalidImageReferenceException e) {
            return null; // RequestCheck rejects these before any build starts
        }
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String summary(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

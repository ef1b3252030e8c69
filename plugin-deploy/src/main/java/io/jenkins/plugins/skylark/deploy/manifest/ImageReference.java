package io.jenkins.plugins.skylark.deploy.manifest;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.regex.Pattern;

/**
 * An image reference split into repository, tag and digest
 * ({@code registry.example/team/orders:1.4@sha256:…}).
 */
public record ImageReference(String repository, String tag, String digest) {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ImageReference.class);
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}");
    private static final Pattern REPOSITORY = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._/:-]*");

    /** Parses {@code reference}; unless {@code tagOnlyAllowed}, a digest is required. */
    public static ImageReference parse(String reference, boolean tagOnlyAllowed) {
        String value = reference == null ? "" : reference.trim();
        int at = value.indexOf('@');
        String name = at < 0 ? value : value.substring(0, at);
        String digest = at < 0 ? null : value.substring(at + 1);
        if (digest != null && !DIGEST.matcher(digest).matches()) {
            throw new IllegalArgumentException(TEXT.format("image.badDigest", reference));
        }
        int colon = name.lastIndexOf(':');
        boolean hasTag = colon > name.lastIndexOf('/');
        String repository = hasTag ? name.substring(0, colon) : name;
        String tag = hasTag ? name.substring(colon + 1) : null;
        if (!REPOSITORY.matcher(repository).matches() || tag != null && tag.isEmpty()) {
            throw new IllegalArgumentException(TEXT.format("image.invalid", reference));
        }
        if (digest == null && !tagOnlyAllowed) {
            throw new IllegalArgumentException(TEXT.format("image.notPinned", reference));
        }
        return new ImageReference(repository, tag, digest);
    }

    /** The repository of any image string, for matching containers ({@code null} when unparsable). */
    static String repositoryOf(String image) {
        try {
            return image == null ? null : parse(image, true).repository();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return repository + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }
}

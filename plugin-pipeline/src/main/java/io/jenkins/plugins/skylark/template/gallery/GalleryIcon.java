package io.jenkins.plugins.skylark.template.gallery;

/**
 * A template's icon as served: SVG or PNG, told apart by content (custom catalogues name files freely).
 * The adapter serves SVG in a sandbox, since a custom catalogue's SVG could carry script.
 */
public record GalleryIcon(String contentType, byte[] bytes) {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    static GalleryIcon of(byte[] bytes) {
        return new GalleryIcon(isPng(bytes) ? "image/png" : "image/svg+xml", bytes);
    }

    private static boolean isPng(byte[] bytes) {
        if (bytes.length < PNG.length) {
            return false;
        }
        for (int i = 0; i < PNG.length; i++) {
            if (bytes[i] != PNG[i]) {
                return false;
            }
        }
        return true;
    }
}

package io.jenkins.plugins.skylark.harness.credentials;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/** A secret file (e.g. a kubeconfig), like the plain-credentials plugin's implementation. */
public final class TestFileCredentials implements FileCredentials {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String fileName;
    private final byte[] content;

    public TestFileCredentials(String id, String fileName, byte[] content) {
        this.id = id;
        this.fileName = fileName;
        this.content = content.clone();
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public InputStream getContent() {
        return new ByteArrayInputStream(content);
    }
}

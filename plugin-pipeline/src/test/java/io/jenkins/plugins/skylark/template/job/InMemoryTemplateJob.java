package io.jenkins.plugins.skylark.template.job;

import java.util.Optional;

/** A template job held in memory, as the Jenkins adapter holds it in a WorkflowJob. */
public final class InMemoryTemplateJob implements TemplateJob {
    public String script;
    public TemplateOrigin origin;

    public InMemoryTemplateJob(String script, TemplateOrigin origin) {
        this.script = script;
        this.origin = origin;
    }

    @Override
    public String fullName() {
        return "shop/orders";
    }

    @Override
    public Optional<TemplateOrigin> origin() {
        return Optional.ofNullable(origin);
    }

    @Override
    public String script() {
        return script;
    }

    @Override
    public synchronized boolean update(String expectedSha256, String newScript, TemplateOrigin newOrigin) {
        if (!ScriptHash.sha256(script).equals(expectedSha256)) {
            return false;
        }
        script = newScript;
        origin = newOrigin;
        return true;
    }

    @Override
    public void detach() {
        origin = null;
    }
}

package io.jenkins.plugins.skylark.template.job;

import java.io.IOException;
import java.util.Optional;

/** A Pipeline job as the template-job page sees it (the Jenkins adapter implements it over a WorkflowJob). */
public interface TemplateJob {

    /** The job's full name ({@code shop/orders}), for the viewer's permission checks. */
    String fullName();

    /** What made the job; empty once detached (or never made from a template). */
    Optional<TemplateOrigin> origin();

    /** The job's Jenkinsfile now; empty when the job no longer keeps its script in its configuration. */
    String script();

    /**
     * Replaces the Jenkinsfile and the origin together and saves the job, but only if the Jenkinsfile's
     * sha-256 is still {@code expectedSha256} (checked and written under the job's lock).
     *
     * @return false, changing nothing, when the Jenkinsfile changed meanwhile
     */
    boolean update(String expectedSha256, String script, TemplateOrigin origin) throws IOException;

    /** Forgets the origin; the Jenkinsfile stays as it is. Saves the job. */
    void detach() throws IOException;
}

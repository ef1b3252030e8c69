package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import java.io.IOException;

/**
 * Makes the Pipeline job for a rendered template. The gallery has already checked that the viewer may
 * create jobs in the folder, that the folder is bound to a project and that the name and values are
 * valid; the factory records the template, its version and the values on the job.
 */
@FunctionalInterface
public interface JobFactory {

    /**
     * @param folderFullName the folder, e.g. {@code shop/backend}
     * @param jobName        the new job's name in that folder
     * @return the job's URL relative to Jenkins' root URL, e.g. {@code job/shop/job/backend/job/orders/}
     * @throws IllegalArgumentException when the folder already holds an item of that name (the message
     *         is shown next to the name field)
     * @throws IOException when Jenkins cannot save the job
     */
    String create(String folderFullName, String jobName, CatalogueTemplate template, RenderedJenkinsfile rendered)
            throws IOException;
}

package io.jenkins.plugins.skylark.tenancy;

import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a job may act on a project. TODO(core, in progress): logic being filled in.
 */
public final class TenancyPolicy {

    private TenancyPolicy() {
    }

    /**
     * Allows the job to act on {@code projectId} or throws.
     *
     * @param jobFullName e.g. {@code shop/backend/build}
     * @param foldersInnermostFirst every folder enclosing the job, innermost first (bound or not)
     * @return the binding that grants access
     * @throws TenancyViolationException with a message in the JVM default locale
     */
    public static FolderBinding check(String jobFullName, List<FolderBinding> foldersInnermostFirst,
                                      String projectId, PlatformModel model) {
        return check(jobFullName, foldersInnermostFirst, projectId, model, Locale.getDefault());
    }

    /** {@link #check(String, List, String, PlatformModel)} with the message in {@code locale}. */
    public static FolderBinding check(String jobFullName, List<FolderBinding> foldersInnermostFirst,
                                      String projectId, PlatformModel model, Locale locale) {
        throw new UnsupportedOperationException("TODO(core, in progress)");
    }

    /** The nearest bound folder, which alone decides; empty when no enclosing folder is bound. */
    public static Optional<FolderBinding> effectiveBinding(List<FolderBinding> foldersInnermostFirst) {
        return foldersInnermostFirst.stream().filter(FolderBinding::isBound).findFirst();
    }
}

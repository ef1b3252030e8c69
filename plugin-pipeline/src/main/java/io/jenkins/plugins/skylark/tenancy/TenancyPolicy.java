package io.jenkins.plugins.skylark.tenancy;

import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a job may act on a project.
 *
 * <p>The nearest bound enclosing folder alone decides: a nested folder bound to another project
 * overrides an outer folder's binding, so a sub-team's folder inside a shared folder acts only for its
 * own project. Unbound folders in between are skipped. A job outside every bound folder may act on no
 * project, and a binding to a project missing from the model (renamed or deleted) grants nothing.
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
     * @throws IllegalArgumentException when a listed folder does not enclose the job (a caller bug)
     */
    public static FolderBinding check(String jobFullName, List<FolderBinding> foldersInnermostFirst,
                                      String projectId, PlatformModel model) {
        return check(jobFullName, foldersInnermostFirst, projectId, model, Locale.getDefault());
    }

    /** {@link #check(String, List, String, PlatformModel)} with the message in {@code locale}. */
    public static FolderBinding check(String jobFullName, List<FolderBinding> foldersInnermostFirst,
                                      String projectId, PlatformModel model, Locale locale) {
        requireEnclosing(jobFullName, foldersInnermostFirst);
        Optional<FolderBinding> nearest = effectiveBinding(foldersInnermostFirst);
        if (nearest.isEmpty()) {
            throw violation(locale, "TenancyPolicy.unbound", jobFullName, null, projectId);
        }
        FolderBinding binding = nearest.get();
        String folder = binding.folderFullName();
        if (model.project(binding.projectId()).isEmpty()) {
            throw violation(locale, "TenancyPolicy.boundToMissingProject", jobFullName, folder, projectId,
                    binding.projectId());
        }
        if (!binding.projectId().equals(projectId)) {
            throw violation(locale, "TenancyPolicy.otherProject", jobFullName, folder, projectId,
                    binding.projectId());
        }
        return binding;
    }

    /** The nearest bound folder, which alone decides; empty when no enclosing folder is bound. */
    public static Optional<FolderBinding> effectiveBinding(List<FolderBinding> foldersInnermostFirst) {
        return foldersInnermostFirst.stream().filter(FolderBinding::isBound).findFirst();
    }

    /** Folders out of order or not enclosing the job would make the nearest-binding rule meaningless. */
    private static void requireEnclosing(String jobFullName, List<FolderBinding> foldersInnermostFirst) {
        String inner = jobFullName;
        for (FolderBinding folder : foldersInnermostFirst) {
            if (!inner.startsWith(folder.folderFullName() + "/")) {
                throw new IllegalArgumentException("folder '" + folder.folderFullName() + "' does not enclose '"
                        + inner + "'; list the folders of job '" + jobFullName + "' innermost first");
            }
            inner = folder.folderFullName();
        }
    }

    private static TenancyViolationException violation(Locale locale, String key, String job, String folder,
                                                       String projectId, Object... more) {
        Object[] arguments = new Object[3 + more.length];
        arguments[0] = job;
        arguments[1] = folder;
        arguments[2] = projectId;
        System.arraycopy(more, 0, arguments, 3, more.length);
        return new TenancyViolationException(Messages.get(locale, key, arguments), job, folder, projectId);
    }
}

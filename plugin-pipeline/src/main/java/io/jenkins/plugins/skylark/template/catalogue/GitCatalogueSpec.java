package io.jenkins.plugins.skylark.template.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;

/**
 * A custom catalogue as the administrator configures it: a Git repository whose top-level folders holding a
 * {@code template.yaml} are templates, read at a pinned ref.
 *
 * @param id            the catalogue id (lower-case letters, digits, dashes; not {@code official})
 * @param url           {@code https://…} (or {@code http://}, {@code file://} for local mirrors); never with a password
 * @param ref           a tag, a branch or a commit id (abbreviated or full)
 * @param credentialsId a Jenkins credential (username with password, or secret text as a token), or {@code null}
 */
public record GitCatalogueSpec(String id, String url, String ref, String credentialsId) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern URL = Pattern.compile("(https?|file)://.+");
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("[a-z]+://[^/@]*:[^/@]*@.*");

    /** A ref that looks like a commit id. */
    static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{7,40}");

    /** Field errors of one catalogue ({@code field → message}), in {@code locale}. */
    public List<FieldProblem> problems(Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        idProblem(id, locale).ifPresent(m -> problems.add(new FieldProblem("id", m)));
        urlProblem(url, locale).ifPresent(m -> problems.add(new FieldProblem("url", m)));
        refProblem(ref, locale).ifPresent(m -> problems.add(new FieldProblem("ref", m)));
        return problems;
    }

    public static Optional<String> idProblem(String id, Locale locale) {
        if (id == null || id.isBlank()) {
            return Optional.of(CatalogueMessages.format(locale, "field.required"));
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of(CatalogueMessages.format(locale, "field.id.invalid", id));
        }
        return CatalogueLibrary.OFFICIAL.equals(id)
                ? Optional.of(CatalogueMessages.format(locale, "field.id.official"))
                : Optional.empty();
    }

    public static Optional<String> urlProblem(String url, Locale locale) {
        if (url == null || url.isBlank()) {
            return Optional.of(CatalogueMessages.format(locale, "field.required"));
        }
        if (PASSWORD_IN_URL.matcher(url).matches()) {
            return Optional.of(CatalogueMessages.format(locale, "field.url.password"));
        }
        return URL.matcher(url).matches() ? Optional.empty()
                : Optional.of(CatalogueMessages.format(locale, "field.url.scheme", url));
    }

    public static Optional<String> refProblem(String ref, Locale locale) {
        if (ref == null || ref.isBlank()) {
            return Optional.of(CatalogueMessages.format(locale, "field.required"));
        }
        boolean valid = COMMIT_ID.matcher(ref).matches() || Repository.isValidRefName("refs/heads/" + ref);
        return valid ? Optional.empty()
                : Optional.of(CatalogueMessages.format(locale, "field.ref.invalid", ref));
    }

    /** Every catalogue's field errors, and ids used twice, named as {@code catalogues[i].field}. */
    public static List<FieldProblem> problems(List<GitCatalogueSpec> specs, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            String prefix = "catalogues[" + i + "].";
            GitCatalogueSpec spec = specs.get(i);
            spec.problems(locale).forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.message())));
            if (spec.id() != null && !ids.add(spec.id())) {
                problems.add(new FieldProblem(prefix + "id",
                        CatalogueMessages.format(locale, "field.id.duplicate", spec.id())));
            }
        }
        return problems;
    }

    /** A rejected field and why. */
    public record FieldProblem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}

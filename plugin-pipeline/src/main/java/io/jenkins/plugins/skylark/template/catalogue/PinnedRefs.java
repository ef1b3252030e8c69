package io.jenkins.plugins.skylark.template.catalogue;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * What a configured ref names in a catalogue's cache repository: a tag (pinned at the commit it named when
 * first seen), a branch, or a commit id, tried in that order.
 */
final class PinnedRefs {

    /** Where fetch puts the server's tags; {@code refs/tags} is not used, so a moved tag never overwrites a pin. */
    static final String UPSTREAM_TAGS = "refs/upstream-tags/";
    /** The commit each tag was pinned at. */
    static final String PINNED_TAGS = "refs/pinned-tags/";

    /** The commit, and for a tag the commit it names upstream now when that differs. */
    record Pin(ObjectId commit, Optional<ObjectId> moved) {
    }

    private PinnedRefs() {
    }

    /** What {@code ref} names in the cache now, without pinning anything. */
    static Optional<ObjectId> resolve(Repository repository, String ref) throws IOException {
        Optional<ObjectId> tag = commit(repository, PINNED_TAGS + ref).or(() -> commit(repository, UPSTREAM_TAGS + ref));
        return tag.or(() -> commit(repository, "refs/heads/" + ref)).or(() -> commitId(repository, ref));
    }

    /** Resolves {@code ref}, pinning a tag seen for the first time. */
    static Optional<Pin> pin(Repository repository, String ref, boolean fetched) throws IOException {
        Optional<ObjectId> pinned = commit(repository, PINNED_TAGS + ref);
        Optional<ObjectId> upstream = commit(repository, UPSTREAM_TAGS + ref);
        if (pinned.isEmpty() && upstream.isPresent()) {
            RefUpdate update = repository.updateRef(PINNED_TAGS + ref);
            update.setNewObjectId(upstream.get());
            update.setExpectedOldObjectId(ObjectId.zeroId());
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW) {
                throw new IOException("cannot pin tag " + ref + ": " + result);
            }
            pinned = upstream;
        }
        if (pinned.isPresent()) {
            ObjectId at = pinned.get();
            Optional<ObjectId> moved = fetched ? upstream.filter(u -> !u.equals(at)) : Optional.empty();
            return Optional.of(new Pin(at, moved));
        }
        return commit(repository, "refs/heads/" + ref).or(() -> commitId(repository, ref))
                .map(id -> new Pin(id, Optional.empty()));
    }

    /** The commit an existing ref names (an annotated tag peeled), empty when the ref does not exist. */
    private static Optional<ObjectId> commit(Repository repository, String name) {
        try {
            Ref ref = repository.exactRef(name);
            return ref == null ? Optional.empty() : Optional.ofNullable(repository.resolve(name + "^{commit}"));
        } catch (IOException | RevisionSyntaxException e) {
            return Optional.empty();
        }
    }

    /** A (possibly abbreviated) commit id present in the cache; empty when absent, ambiguous or not a commit. */
    private static Optional<ObjectId> commitId(Repository repository, String ref) {
        if (!GitCatalogueSpec.COMMIT_ID.matcher(ref).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(repository.resolve(ref + "^{commit}"));
        } catch (IOException | RevisionSyntaxException e) {
            return Optional.empty();
        }
    }
}

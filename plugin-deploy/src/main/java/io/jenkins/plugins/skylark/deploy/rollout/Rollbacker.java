package io.jenkins.plugins.skylark.deploy.rollout;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts an earlier revision's pod template back into the workload, as {@code kubectl rollout undo}
 * does; the controller then rolls out that template as a new revision.
 */
public final class Rollbacker {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(Rollbacker.class);

    private final KubernetesClient client;
    private final String namespace;
    private final RevisionHistory history;

    public Rollbacker(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
        this.history = new RevisionHistory(client, namespace);
    }

    /** Rolls back to {@code toRevision}, or to the one before the current when it is 0; answers the revision used. */
    public Revision rollback(Workload workload, long toRevision) {
        Resource<? extends HasMetadata> resource = workload.kind().resource(client, namespace, workload.name());
        HasMetadata current = resource.get();
        if (current == null) {
            throw new RollbackException(TEXT.format("rollback.missing", workload, namespace));
        }
        Revision target = target(workload, current, toRevision);
        if (target.template() == null) {
            throw new RollbackException(TEXT.format("rollback.noTemplate", workload, target.number()));
        }
        setTemplate(resource, workload, target.template());
        return target;
    }

    private Revision target(Workload workload, HasMetadata current, long toRevision) {
        List<Revision> revisions = history.of(current);
        if (toRevision > 0) {
            return revisions.stream().filter(r -> r.number() == toRevision).findFirst()
                    .orElseThrow(() -> new RollbackException(TEXT.format("rollback.noSuchRevision", workload,
                            toRevision, numbers(revisions))));
        }
        long now = history.current(current);
        return revisions.stream().filter(r -> r.number() < now).reduce((older, newer) -> newer)
                .orElseThrow(() -> new RollbackException(TEXT.format("rollback.noPrevious", workload, now)));
    }

    private static <T extends HasMetadata> void setTemplate(Resource<T> resource, Workload workload,
            PodTemplateSpec template) {
        resource.edit(object -> {
            workload.kind().setTemplate(object, template);
            return object;
        });
    }

    private static String numbers(List<Revision> revisions) {
        String known = revisions.stream().map(r -> Long.toString(r.number())).collect(Collectors.joining(", "));
        return known.isEmpty() ? "-" : known;
    }
}

package io.jenkins.plugins.skylark.harness.faults;

import java.util.List;

/**
 * Which calls a {@link FaultProxy} fails, deterministically: every {@code everyNthWrite}-th write
 * (POST, PUT, PATCH, DELETE) and every {@code everyNthRead}-th read (GET, HEAD) among the calls whose
 * path contains {@code pathContains}, counting from the first, with the {@code faults} taken in turn.
 * 0 never fails that kind of call. {@code body} (JSON) goes with the failing status answers.
 */
public record FaultPlan(int everyNthWrite, int everyNthRead, List<InjectedFault> faults, String pathContains,
        String body) {

    public FaultPlan {
        if (everyNthWrite < 0 || everyNthRead < 0) {
            throw new IllegalArgumentException("everyNthWrite and everyNthRead must be 0 (never) or positive");
        }
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("faults must name at least one fault");
        }
        faults = List.copyOf(faults);
    }

    /** Fails one write in {@code everyNthWrite} and one read in {@code everyNthRead}, taking 503, 500 and a dropped connection in turn. */
    public static FaultPlan fraction(int everyNthWrite, int everyNthRead) {
        return new FaultPlan(everyNthWrite, everyNthRead, List.of(InjectedFault.SERVICE_UNAVAILABLE,
                InjectedFault.INTERNAL_SERVER_ERROR, InjectedFault.CONNECTION_DROPPED), "", null);
    }

    /** Fails every call with {@code fault}. */
    public static FaultPlan always(InjectedFault fault) {
        return new FaultPlan(1, 1, List.of(fault), "", null);
    }

    /** The same plan, counting and failing only calls whose path contains {@code fragment}. */
    public FaultPlan onPathsContaining(String fragment) {
        return new FaultPlan(everyNthWrite, everyNthRead, faults, fragment, body);
    }

    /** The same plan, answering failing statuses with this JSON body (e.g. a Kubernetes {@code Status}). */
    public FaultPlan withBody(String json) {
        return new FaultPlan(everyNthWrite, everyNthRead, faults, pathContains, json);
    }

    /** Whether the plan counts this call at all. */
    boolean covers(String path) {
        return path.contains(pathContains);
    }

    /** Whether call number {@code n} (1-based) of its kind fails. */
    boolean fails(boolean write, long n) {
        int every = write ? everyNthWrite : everyNthRead;
        return every > 0 && n % every == 0;
    }
}

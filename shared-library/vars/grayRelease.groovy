import com.cloudbees.groovy.cps.NonCPS

// A whole gray release of one application, inside withPlatform:
//   grayRelease(application: 'orders', image: env.PLATFORM_IMAGE, strategy: 'canary',
//               steps: [[weight: 10], [pause: '5m'], [analysis: 'success-rate'], [weight: 50],
//                       [pause: 'approval'], [weight: 100]])
// It drives the plugin's steps (grayStart, graySetWeight, grayPause, grayResume, grayAnalyze, grayPromote,
// grayAbort) from the release state in the cluster: a release this job's earlier build left (same image) is
// taken over and continues at the step it had reached. Any failure or abort of the build while the release
// runs puts all traffic back on the stable version (grayAbort) before the failure goes on.
// Returns [outcome: 'PROMOTED'|'ABORTED'|'INCONCLUSIVE', reason:, state:]; with failOnAbort (default true)
// an outcome other than PROMOTED fails the build with the reason, after the result is logged.

def call(Map config = [:]) {
    String application = required(config, 'application')
    boolean failOnAbort = config.failOnAbort == null ? true : (config.failOnAbort as boolean)
    Map started = grayStart(startArguments(config))
    // the release file's analyses come first for grayAnalyze too
    started.releaseFile = config.release
    Map state = started.state
    Map result
    try {
        result = drive(application, state.steps as List, state.currentStep as int, started)
    } catch (failure) {
        abortQuietly(application, abortReason(failure))
        throw failure
    }
    echo "grayRelease ${application}: ${result.outcome}${result.reason ? ' (' + result.reason + ')' : ''}"
    if (failOnAbort && result.outcome != 'PROMOTED') {
        error("grayRelease ${application}: ${result.outcome}: ${result.reason}")
    }
    return result
}

/** Runs the plan's steps from {@code first} on, then promotes; an analysis may end the release before. */
private Map drive(String application, List steps, int first, Map started) {
    for (int i = first; i < steps.size(); i++) {
        Map step = steps[i] as Map
        if (step.weight != null) {
            graySetWeight(application: application, weight: step.weight as int, planStep: i)
        } else if (step.match != null) {
            graySetWeight(application: application, match: step.match, planStep: i)
        } else if (step.pause == 'approval') {
            grayPause(application: application, approval: true)
            askToContinue(started, "Continue the gray release of ${application} (step ${i + 1} of ${steps.size()})?")
            grayResume(application: application, planStep: i)
        } else if (step.pause != null) {
            grayPause(application: application, duration: String.valueOf(step.pause), planStep: i)
        } else if (step.analysis != null) {
            Map ended = analyze(application, String.valueOf(step.analysis), i, steps.size(), started)
            if (ended != null) {
                return ended
            }
        }
    }
    Map promoted = grayPromote(application: application)
    return [outcome: promoted.outcome, reason: promoted.reason, state: promoted.state]
}

/** Runs one analysis; returns the release's end when it failed, or was inconclusive with the fail policy. */
private Map analyze(String application, String name, int index, int count, Map started) {
    Map arguments = [application: application, analysis: name, planStep: index]
    if (started.releaseFile != null) {
        arguments.release = String.valueOf(started.releaseFile)
    }
    Map analysis = grayAnalyze(arguments)
    if (analysis.verdict == 'FAILED') {
        Map aborted = grayAbort(application: application, reason: "analysis ${name} failed: ${analysis.reason}")
        return [outcome: 'ABORTED', reason: aborted.reason, state: aborted.state]
    }
    if (analysis.verdict == 'INCONCLUSIVE') {
        if (started.plan.onInconclusive == 'fail') {
            Map aborted = grayAbort(application: application, reason: "analysis ${name} inconclusive: ${analysis.reason}")
            return [outcome: 'INCONCLUSIVE', reason: aborted.reason, state: aborted.state]
        }
        grayPause(application: application, approval: true)
        askToContinue(started, "Analysis ${name} of ${application} was inconclusive (${analysis.reason}). Continue the release (step ${index + 1} of ${count})?")
        grayResume(application: application, planStep: index)
    }
    return null
}

/**
 * Waits for a person: a protected environment's approvers through platformApprove (which notifies the
 * environment's channels), elsewhere the channels told through platformNotify and anyone who may proceed the
 * build's input.
 */
private void askToContinue(Map started, String question) {
    if (started.approval?.protectedEnvironment) {
        platformApprove(message: question, application: started.state.application)
    } else {
        // the environment's channels learn that the release waits (a failed send never stops the release)
        platformNotify(message: question, level: 'warning', application: started.state.application)
        input(message: question, ok: 'Continue')
    }
}

/** Puts the traffic back; a failing abort is logged, never hides the failure that caused it. */
private void abortQuietly(String application, String reason) {
    try {
        grayAbort(application: application, reason: reason)
    } catch (abortFailure) {
        echo "grayRelease ${application}: could not abort the release (${abortFailure.message}); run grayAbort(application: '${application}') to put the traffic back"
    }
}

@NonCPS
private String abortReason(Throwable failure) {
    // FlowInterruptedException (the build was aborted, an input rejected) is an InterruptedException; other
    // failures that abort a build say so by their result
    boolean interrupted = failure instanceof InterruptedException ||
            (failure.metaClass.respondsTo(failure, 'result') && String.valueOf(failure.result()) == 'ABORTED')
    return interrupted ? 'build aborted' : "build failed: ${failure.message}".toString()
}

@NonCPS
private Map startArguments(Map config) {
    Map arguments = [application: required(config, 'application')]
    ['image', 'strategy', 'steps', 'release', 'container', 'waitForLock'].each { key ->
        if (config[key] != null) {
            arguments[key] = config[key]
        }
    }
    List unknown = config.keySet().findAll { !(it in ['application', 'image', 'strategy', 'steps', 'release', 'container', 'waitForLock', 'failOnAbort']) } as List
    if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("grayRelease: unknown field(s) ${unknown}; known: application, image, strategy, steps, release, container, waitForLock, failOnAbort")
    }
    return arguments
}

@NonCPS
private String required(Map config, String key) {
    if (config[key] == null || String.valueOf(config[key]).trim().isEmpty()) {
        throw new IllegalArgumentException("grayRelease: field '${key}' is required")
    }
    return String.valueOf(config[key]).trim()
}

import com.cloudbees.groovy.cps.NonCPS

// Asks a protected environment's approvers through Pipeline's input step, inside withPlatform:
//   platformApprove(environment: 'prod', message: 'Ship orders 1.4 to prod?', timeout: '4h')
// The plugin records the approval only from what the input step itself records (who proceeded it);
// nothing this script passes can make an approval. The deploy steps of the build then pass the gate.
// A proceed that does not count (not an approver, four eyes) is explained and the input asked again,
// at most `attempts` times (default 3); an abort or the timeout ends the request unapproved.

def call(Map config = [:]) {
    Map request = platformApprovalRequest(requestArguments(config))
    Map wait = timeoutArguments(config.timeout == null ? '4h' : String.valueOf(config.timeout))
    int attempts = config.attempts == null ? 3 : (config.attempts as int)
    Map outcome = [approved: false]
    timeout(time: wait.time, unit: wait.unit) {
        for (int attempt = 1; attempt <= attempts && !outcome.approved; attempt++) {
            try {
                input(id: request.id, message: request.message, ok: request.ok, submitter: request.submitter)
            } catch (interruption) {
                platformApprovalCheck(id: request.id, abandoned: true)
                throw interruption
            }
            outcome = platformApprovalCheck(id: request.id)
        }
    }
    if (!outcome.approved) {
        platformApprovalCheck(id: request.id, abandoned: true)
        error("${request.environment}: not approved after ${attempts} attempts. ${outcome.reason}")
    }
    return outcome
}

@NonCPS
private Map requestArguments(Map config) {
    Map arguments = [:]
    ['environment', 'message', 'application'].each { key ->
        if (config[key] != null) {
            arguments[key] = String.valueOf(config[key])
        }
    }
    return arguments
}

/** '4h', '30m', '90s', '2d' or a number of minutes, as the timeout step's time and unit. */
@NonCPS
private Map timeoutArguments(String text) {
    def match = (text.trim() =~ /^(\d+)\s*([smhd]?)$/)
    if (!match.matches()) {
        throw new IllegalArgumentException("platformApprove: field 'timeout': '${text}' is not a duration such as 30m, 4h or 2d")
    }
    Map units = [s: 'SECONDS', m: 'MINUTES', h: 'HOURS', d: 'DAYS', '': 'MINUTES']
    return [time: match.group(1) as int, unit: units[match.group(2)]]
}

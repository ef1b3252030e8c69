// platformApprove comes from the Skylark shared library, configured in Jenkins as "skylark".
library('skylark')
withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // The environment's approvers from the platform model; this build's deploys to it then pass its gate.
    platformApprove(environment: {{ environment }}, application: {{ application }}, message: {{ approvalMessage }},
            timeout: {{ approvalTimeoutHours }} * 60) // minutes
}

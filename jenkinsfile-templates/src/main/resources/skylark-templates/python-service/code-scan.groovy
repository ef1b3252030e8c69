withPlatform(project: {{ project }}) {
    // SonarQube server, token and project key from the platform model; waits for the quality gate.
    platformScan(application: {{ application }}, sources: {{ sourceDirectory }},
            unstableOnGateFailure: {{ scanUnstable }})
}

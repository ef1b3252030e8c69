withPlatform(project: {{ project }}) {
    // Maven on the agent; records the test reports and keeps the jar for the Image stage.
    // The goals come from a pattern-checked parameter, so nothing else reaches the command line.
    platformBuild(application: {{ application }}, tool: 'maven', args: {{ mavenGoals }})
}

withPlatform(project: {{ project }}) {
    // Gradle (the project's wrapper) on the agent; records the test reports, keeps the jar for the Image stage.
    // The tasks come from a pattern-checked parameter, so nothing else reaches the command line.
    platformBuild(application: {{ application }}, tool: 'gradle', args: {{ gradleTasks }})
}

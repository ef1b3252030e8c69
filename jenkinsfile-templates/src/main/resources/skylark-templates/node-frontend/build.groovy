withPlatform(project: {{ project }}) {
    // npm on the agent (npm ci, the build script, npm test); records the test reports and the built files.
    platformBuild(application: {{ application }}, tool: 'npm', args: {{ npmScript }},
            artifacts: {{ distDirectory }} + '/**')
}

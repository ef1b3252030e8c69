withPlatform(project: {{ project }}) {
    // A static binary (no C library needed in the image); go test -json gives the test counts.
    withEnv(['CGO_ENABLED=0']) {
        platformBuild(application: {{ application }}, tool: 'go', args: {{ goPackages }})
    }
}

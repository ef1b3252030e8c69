withPlatform(project: {{ project }}, environment: {{ environment }}) {
    // Harbor scans the pushed image by digest; the gate counts vulnerabilities at or above the severity.
    platformImageScan(application: {{ application }}, image: env.PLATFORM_IMAGE, severity: {{ imageScanSeverity }},
            maxCount: {{ imageScanMaxCount }})
}

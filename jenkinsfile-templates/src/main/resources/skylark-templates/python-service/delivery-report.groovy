withPlatform(project: {{ project }}, environment: {{ environment }}) {
    deliveryReport(format: 'html', application: {{ application }}, environment: {{ environment }},
            period: {{ reportPeriod }})
}
// The page and its stylesheet: Jenkins serves archived files under a CSP that forbids inline styles.
archiveArtifacts(artifacts: 'delivery-report.html, delivery-report.css', allowEmptyArchive: false)

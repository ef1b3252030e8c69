withPlatform(project: {{ project }}, environment: {{ environment }}) {
    deliveryReport(format: 'html', application: {{ application }}, environment: {{ environment }},
            period: {{ reportPeriod }})
}
archiveArtifacts(artifacts: 'delivery-report*.html', allowEmptyArchive: false)

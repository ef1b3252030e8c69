timeout(time: {{ approvalTimeoutHours }}, unit: 'HOURS') {
    input(message: {{ approvalMessage }}, ok: 'Deploy', submitter: {{ approvers }})
}

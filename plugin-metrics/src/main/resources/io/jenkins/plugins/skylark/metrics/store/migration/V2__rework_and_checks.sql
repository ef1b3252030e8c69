-- The JIRA issue keys named in the messages of a deployment's linked commits (found at link time;
-- the messages themselves are not kept). For the deployment rework rate.
CREATE TABLE deployment_issues (
    deployment_id BIGINT       NOT NULL REFERENCES deployments (event_id),
    issue_key     VARCHAR(255) NOT NULL,
    PRIMARY KEY (deployment_id, issue_key)
);

-- Quality gates and image scans are read by type and application for the report's check lines.
CREATE INDEX ix_delivery_events_type ON delivery_events (event_type, application, occurred_at);

-- A report reads a period's deployments of its series from this index alone (no table row per deployment:
-- on a cold embedded store those row reads cost more than the rest of the report).
DROP INDEX ix_deployments_series;
CREATE INDEX ix_deployments_series ON deployments (series_id, deployed_at, outcome, failed_at);

/*
 * The delivery metrics page. Reads the root element's data-api, asks GET options (selectors, texts),
 * then GET report for the selection (the JSON report: cards, charts, tables, trend) and, when a figure's
 * link is followed, GET deployments. The selection lives in the page URL's query, so a view can be shared.
 * Texts come from the options' messages (the report's labels and the page's own under "page.").
 */
(() => {
  'use strict';
  const root = document.getElementById('skylark-metrics');
  if (!root) return;
  const api = root.dataset.api;
  const charts = window.SkylarkMetricsCharts;
  const FIELDS = ['project', 'application', 'environment', 'period', 'zone'];
  let texts = {};
  let options = null;
  let reportLoads = 0;
  const selection = {};

  /** A MessageFormat pattern filled in: {n} replaced, doubled quotes made single. */
  const t = (key, ...args) => (texts[key] ?? key).replace(/\{(\d+)\}/g, (m, i) => String(args[i] ?? ''))
    .replace(/''/g, "'");

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c != null) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  async function get(endpoint, params) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== ''));
    const response = await fetch(`${api}/${endpoint}?${query}`, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
    return body;
  }

  // Formatting as the HTML report (ReportText).
  function duration(seconds) {
    if (seconds == null) return t('value.none');
    const days = Math.floor(seconds / 86400), hours = Math.floor(seconds % 86400 / 3600);
    const minutes = Math.floor(seconds % 3600 / 60);
    const parts = [];
    if (days > 0) parts.push(t('duration.days', days));
    if (hours > 0 && parts.length < 2) parts.push(t('duration.hours', hours));
    if (minutes > 0 && days === 0 && parts.length < 2) parts.push(t('duration.minutes', minutes));
    return parts.length ? parts.join(' ') : t('duration.lessThanMinute');
  }
  const percent = (rate) => rate == null ? t('value.none') : `${(rate * 100).toFixed(1)} %`;
  const decimal = (v) => v.toFixed(2);
  const scopeName = (name) => name === '*' ? t('scope.all') : name;
  const time = (iso) => new Intl.DateTimeFormat('sv-SE', { timeZone: selection.zone, year: 'numeric',
    month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  const safeUrl = (url) => /^https?:\/\//i.test(url || '') || /^\/[^/]/.test(url || '') ? url : null;

  function message(text, kind) {
    return el('div', { class: `jenkins-alert jenkins-alert-${kind} metrics-message` }, text);
  }

  // Selectors.
  function select(field, label, values, labelOf) {
    const box = el('select', { id: `metrics-${field}`, name: field, class: 'jenkins-select__input' },
      values.map((v) => el('option', { value: v, selected: v === selection[field] }, labelOf(v))));
    box.addEventListener('change', () => choose(field, box.value));
    return el('div', { class: 'jenkins-form-item metrics-field' },
      el('label', { class: 'jenkins-form-label', for: `metrics-${field}` }, label),
      el('div', { class: 'jenkins-select' }, box));
  }

  function selectors() {
    const o = options;
    const fields = [];
    if (o.folder == null && o.projects.length > 0) {
      fields.push(select('project', t('page.select.project'), ['', ...o.projects],
        (v) => v === '' ? t('page.select.allProjects') : v));
    }
    const all = (v) => v === '*' ? t('page.select.all') : v;
    fields.push(select('application', t('page.select.application'), ['*', ...o.applications], all));
    fields.push(select('environment', t('page.select.environment'), ['*', ...o.environments], all));
    const periods = o.periods.includes(selection.period) ? o.periods : [...o.periods, selection.period];
    fields.push(select('period', t('page.select.period'), periods,
      (v) => texts[`page.period.${v}`] ? t(`page.period.${v}`) : v));
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zones = [...new Set([...o.zones, browserZone, selection.zone].filter(Boolean))];
    fields.push(select('zone', t('page.select.zone'), zones, (v) => v));
    return el('form', { class: 'metrics-selectors', id: 'metrics-selectors', onsubmit: (e) => e.preventDefault() },
      fields);
  }

  async function choose(field, value) {
    selection[field] = value;
    const url = new URL(window.location.href);
    FIELDS.forEach((f) => selection[f] ? url.searchParams.set(f, selection[f]) : url.searchParams.delete(f));
    window.history.replaceState(null, '', url);
    if (field === 'project') await loadOptions();
    await loadReport();
  }

  // Report parts, in the HTML report's order.
  function header(report) {
    const p = report.period;
    const meta = (key, value) => el('div', {}, el('dt', {}, t(key)), el('dd', {}, value));
    const query = new URLSearchParams(Object.entries(selection).filter(([, v]) => v));
    return el('header', { class: 'metrics-header' },
      el('dl', { class: 'meta' }, meta('meta.application', scopeName(report.scope.application)),
        meta('meta.environment', scopeName(report.scope.environment)),
        meta('meta.period', `${p.text} (${p.start} – ${p.end})`), meta('meta.timeZone', p.timeZone),
        meta('meta.generated', time(report.generatedAt))),
      el('a', { class: 'metrics-api', id: 'metrics-api', href: `${api}/report?${query}` }, t('page.api')));
  }

  function deploymentsLink(filter, description) {
    return el('a', { href: '#metrics-deployments', class: 'metrics-deployments-link',
      onclick: (e) => { e.preventDefault(); showDeployments(filter, description); } }, t('page.deployments.link'));
  }

  function cards(report) {
    const f = report.total;
    const weeks = Number.isInteger(report.period.weeks) ? String(report.period.weeks) : decimal(report.period.weeks);
    const card = (id, title, value, detail, level) => el('article', { class: 'card', id: `card-${id}` },
      el('h2', {}, t(title)), el('p', { class: 'value' }, value), el('p', { class: 'detail' }, detail),
      level ? el('p', { class: `level level-${level.toLowerCase()}` }, t(`level.${level}`)) : null,
      el('p', { class: 'card-link' }, deploymentsLink({}, t(title))));
    return el('section', { class: 'cards' },
      card('deployment-frequency', 'metric.deploymentFrequency', t('value.perWeek', decimal(f.deploymentsPerWeek)),
        t('value.deployments', f.deployments, weeks), f.levels.deploymentFrequency),
      card('lead-time', 'metric.leadTime', duration(f.leadTime.medianSeconds),
        `${t('value.p90')} ${duration(f.leadTime.p90Seconds)} · ${t('value.samples', f.leadTime.samples)}`,
        f.levels.leadTime),
      card('change-fail-rate', 'metric.changeFailRate', percent(f.changeFailRate),
        t('value.failed', f.failedDeployments, f.deployments)),
      card('recovery-time', 'metric.recoveryTime', duration(f.recoveryTime.medianSeconds),
        t('value.recoveries', f.recoveryTime.samples, f.recoveryTime.openFailures), f.levels.recovery),
      card('incident-restore', 'metric.incidentRestore', duration(f.incidentRestoreTime.medianSeconds),
        t('value.incidents', f.incidentRestoreTime.samples, f.incidentRestoreTime.openIncidents)),
      card('rework-rate', 'metric.reworkRate', percent(f.rework.rate),
        t(f.rework.linked ? 'value.rework' : 'value.rework.unlinked', f.rework.reworkDeployments,
          f.rework.deployments)));
  }

  function chartSection(report) {
    const weekly = report.total.weeks.map((w) => ({
      label: w.week.substring(5), tooltip: `${w.week}: ${w.deployments} / ${w.failed}`,
      onSelect: () => showDeployments({ week: w.week }, t('page.deployments.week', w.week)),
      segments: [{ value: w.deployments - w.failed, cls: 'bar-succeeded', fill: charts.FILL.succeeded },
        { value: w.failed, cls: 'bar-failed', fill: charts.FILL.failed }] }));
    const lead = report.total.leadTime.histogram.map((b) => ({
      label: t(`bin.${b.bin}`), tooltip: `${t(`bin.${b.bin}`)}: ${b.count}`,
      segments: [{ value: b.count, cls: 'bar-lead-time', fill: charts.FILL.leadTime }] }));
    const box = (caption, svg) => el('figure', { class: 'chart-box' }, el('figcaption', {}, caption), svg);
    return el('section', { class: 'charts' },
      box(t('chart.weekly'), charts.draw('chart-weekly', t('chart.weekly'), weekly,
        [{ label: t('chart.weekly.succeeded'), fill: charts.FILL.succeeded },
          { label: t('chart.weekly.failed'), fill: charts.FILL.failed }], t('chart.weekly.empty'))),
      box(t('chart.leadTime'), charts.draw('chart-lead-time', t('chart.leadTime'), lead,
        [{ label: t('chart.leadTime.axis'), fill: charts.FILL.leadTime }], t('chart.leadTime.empty'))));
  }

  function table(id, title, heads, rows, foot) {
    return el('section', { class: 'series', id },
      el('h2', {}, title),
      el('table', { class: 'jenkins-table jenkins-table--small' },
        el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows), foot ? el('tfoot', {}, foot) : null));
  }

  function figuresRow(application, environment, f, link, cls) {
    const num = (v) => el('td', { class: 'num' }, v);
    return el('tr', { class: cls }, el('th', { scope: 'row' }, application), el('td', {}, environment),
      num(f.deployments), num(decimal(f.deploymentsPerWeek)), num(duration(f.leadTime.medianSeconds)),
      num(duration(f.leadTime.p90Seconds)), num(percent(f.changeFailRate)), num(duration(f.recoveryTime.medianSeconds)),
      num(f.notServed), num(percent(f.rework.rate)), el('td', {}, link));
  }

  function seriesTable(report) {
    const heads = ['table.application', 'table.environment', 'table.deployments', 'table.perWeek', 'table.leadMedian',
      'table.leadP90', 'table.failRate', 'table.recoveryMedian', 'table.notServed', 'table.reworkRate']
      .map((k) => t(k)).concat(t('page.deployments.link'));
    const rows = report.series.map((s) => figuresRow(s.application, s.environment, s.figures,
      deploymentsLink({ application: s.application, environment: s.environment }, `${s.application} / ${s.environment}`)));
    return table('metrics-series', t('table.title'), heads, rows,
      figuresRow(t('table.total'), scopeName(report.scope.environment), report.total, deploymentsLink({}, t('table.total')),
        'total'));
  }

  function trendTable(report) {
    const heads = ['week', 'deployments', 'failed', 'failRate', 'leadMedian', 'recoveryMedian']
      .map((k) => t(`page.trend.${k}`));
    const num = (v) => el('td', { class: 'num' }, v);
    const rows = report.trend.map((w) => el('tr', {}, el('th', { scope: 'row' }, w.week), num(w.deployments),
      num(w.failedDeployments), num(percent(w.changeFailRate)), num(duration(w.leadTimeMedianSeconds)),
      num(duration(w.recoveryMedianSeconds))));
    const section = table('metrics-trend', t('page.trend.title'), heads, rows);
    section.append(el('p', { class: 'note' }, t('page.trend.note', report.trend.length)));
    return section;
  }

  function checksTable(report) {
    if (!report.checks || report.checks.length === 0) return null;
    const gate = (g) => g ? t('checks.gateValue', g.status, g.failedConditions, g.version) : t('checks.none');
    const scan = (s) => s ? t('checks.scanValue', s.status, s.counts.critical, s.counts.high, s.counts.medium,
      s.counts.low, s.counts.unknown) : t('checks.none');
    return table('metrics-checks', t('checks.title'), [t('table.application'), t('checks.gate'), t('checks.scan')],
      report.checks.map((c) => el('tr', {}, el('th', { scope: 'row' }, c.application), el('td', {}, gate(c.qualityGate)),
        el('td', {}, scan(c.imageScan)))));
  }

  function issuesList(report) {
    const items = report.dataIssues.map((i) => el('li', {}, `${t(`issue.${i.kind}`)}: `, el('code', {}, i.subject),
      ` (${i.application} / ${i.environment})`));
    return el('section', { class: 'issues' }, el('h2', {}, t('issues.title')),
      items.length ? el('ul', {}, items) : el('p', {}, t('issues.none')));
  }

  function footer(report) {
    return el('footer', {}, el('p', {}, t('footer.definitions')), el('p', {}, t('footer.rework')),
      el('p', {}, t('footer.levels', report.definitions.levelsSource, report.definitions.levelsSourceYear)));
  }

  // Deployments behind a figure.
  const deploymentsPanel = el('section', { id: 'metrics-deployments', class: 'series deployments', hidden: true });

  async function showDeployments(filter, description) {
    deploymentsPanel.hidden = false;
    deploymentsPanel.replaceChildren(el('p', {}, t('page.loading')));
    deploymentsPanel.scrollIntoView({ block: 'nearest' });
    try {
      const answer = await get('deployments', { ...selection, ...filter });
      const heads = ['at', 'project', 'outcome', 'version', 'build', 'commits'].map((k) => t(`page.deployments.${k}`));
      heads.splice(2, 0, t('table.application'), t('table.environment'));
      const rows = answer.deployments.map((d) => el('tr', { class: 'deployment' },
        el('td', {}, time(d.at)), el('td', {}, d.project ?? '—'), el('td', {}, d.application),
        el('td', {}, d.environment), el('td', { class: `outcome outcome-${d.outcome.toLowerCase()}` },
          t(`page.outcome.${d.outcome}`)),
        el('td', { class: 'version' }, el('code', {}, d.version ?? '—')),
        el('td', {}, safeUrl(d.buildUrl) ? el('a', { href: d.buildUrl, class: 'build-link' },
          t('page.deployments.buildLink')) : '—'),
        el('td', { class: 'commits' }, d.commitIds.map((c) => el('code', { title: c }, c.substring(0, 12))))));
      const close = el('button', { type: 'button', class: 'jenkins-button', id: 'metrics-deployments-close',
        onclick: () => { deploymentsPanel.hidden = true; } }, t('page.deployments.close'));
      deploymentsPanel.replaceChildren(el('h2', {}, t('page.deployments.title', description)),
        rows.length ? el('table', { class: 'jenkins-table jenkins-table--small' },
          el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows))
          : el('p', {}, t('page.deployments.none')),
        answer.truncated ? el('p', { class: 'note' }, t('page.deployments.truncated', answer.limit)) : null, close);
    } catch (e) {
      deploymentsPanel.replaceChildren(message(t('page.loadFailed', e.message), 'danger'));
    }
  }

  // Loading.
  const selectorsBox = el('div', { class: 'metrics-selectors-box' });
  const reportBox = el('div', { class: 'metrics-report', id: 'metrics-report' });

  async function loadOptions() {
    options = await get('options', { project: selection.project });
    texts = options.messages;
    for (const [field, value] of Object.entries(options.defaults)) selection[field] = selection[field] || value;
    if (!options.applications.includes(selection.application)) selection.application = '*';
    selectorsBox.replaceChildren(selectors());
  }

  async function loadReport() {
    const ticket = ++reportLoads;
    reportBox.setAttribute('aria-busy', 'true');
    deploymentsPanel.hidden = true;
    try {
      const report = await get('report', selection);
      if (ticket !== reportLoads) return; // a newer selection is loading
      const notes = [];
      if (options.folder == null && options.projects.length === 0 && !options.includesUnassigned) {
        notes.push(message(t('page.noProjects'), 'info'));
      }
      if (options.includesUnassigned && !selection.project) notes.push(message(t('page.unassigned'), 'info'));
      reportBox.replaceChildren(...notes, header(report), cards(report), chartSection(report), seriesTable(report),
        trendTable(report), deploymentsPanel, checksTable(report) ?? '', issuesList(report), footer(report));
    } catch (e) {
      if (ticket === reportLoads) reportBox.replaceChildren(message(t('page.loadFailed', e.message), 'danger'));
    } finally {
      if (ticket === reportLoads) {
        reportBox.setAttribute('aria-busy', 'false');
        root.dataset.state = 'ready';
      }
    }
  }

  async function start() {
    const query = new URLSearchParams(window.location.search);
    FIELDS.forEach((f) => { if (query.get(f)) selection[f] = query.get(f); });
    root.replaceChildren(selectorsBox, reportBox);
    try {
      await loadOptions();
      await loadReport();
    } catch (e) {
      root.replaceChildren(message(texts['page.loadFailed'] ? t('page.loadFailed', e.message) : e.message, 'danger'));
      root.dataset.state = 'ready';
    }
  }

  start();
})();

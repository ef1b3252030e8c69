// The "Template" page of a job made from a Skylark template: what made it, whether a newer version exists,
// the update (diff, new and removed fields, applied after confirmation) and detaching. Texts come from the
// status endpoint in the user's language; every POST carries Jenkins' crumb.
(() => {
  'use strict';

  const root = document.getElementById('skylark-template-job');
  if (!root) {
    return;
  }
  const api = root.dataset.api;
  let texts = {};

  const fmt = (key, ...args) => (texts[key] || key).replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? String(args[i]) : m));

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs).forEach(([name, value]) => {
      if (name === 'text') {
        node.textContent = value;
      } else if (name === 'onclick') {
        node.addEventListener('click', value);
      } else {
        node.setAttribute(name, value);
      }
    });
    children.filter(Boolean).forEach((child) => node.append(child));
    return node;
  }

  async function call(path, body) {
    const options = body === undefined ? {} : {
      method: 'POST',
      headers: {
        [document.head.dataset.crumbHeader]: document.head.dataset.crumbValue,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    };
    const response = await fetch(`${api}/${path}`, options);
    const json = await response.json();
    if (!response.ok) {
      throw new Error(json.error || String(response.status));
    }
    return json;
  }

  const button = (label, onclick, kind = '') => el('button', {
    type: 'button', class: `jenkins-button ${kind}`.trim(), text: label, onclick,
  });

  function alert(kind, text, id) {
    return el('div', { class: `jenkins-alert jenkins-alert-${kind} stj-alert`, id, text });
  }

  function showError(error) {
    root.querySelector('#stj-message')?.remove();
    root.prepend(alert('danger', fmt('error', error.message), 'stj-message'));
  }

  function valuesTable(values) {
    const rows = Object.entries(values).map(([name, value]) => el('tr', {},
      el('td', { text: name }),
      el('td', { class: 'stj-value', text: Array.isArray(value) ? value.join(', ') : String(value) })));
    return el('table', { class: 'jenkins-table jenkins-table--small stj-values' },
      el('thead', {}, el('tr', {}, el('th', { text: fmt('field') }), el('th', { text: fmt('value') }))),
      el('tbody', {}, ...rows));
  }

  function diffView(diff) {
    if (!diff) {
      return el('p', { class: 'stj-no-diff', text: fmt('noDiff') });
    }
    const lines = diff.replace(/\n$/, '').split('\n').map((line) => {
      let kind = 'context';
      if (line.startsWith('+++') || line.startsWith('---')) {
        kind = 'file';
      } else if (line.startsWith('@@')) {
        kind = 'hunk';
      } else if (line.startsWith('+')) {
        kind = 'add';
      } else if (line.startsWith('-')) {
        kind = 'del';
      }
      return el('span', { class: `stj-line stj-${kind}`, text: `${line}\n` });
    });
    return el('pre', { class: 'stj-diff', id: 'stj-diff' }, ...lines);
  }

  function fieldList(id, title, items) {
    if (!items.length) {
      return null;
    }
    return el('div', { class: 'stj-fields', id },
      el('h3', { text: title }),
      el('ul', {}, ...items.map((item) => el('li', { text: item }))));
  }

  function confirmStep(container, question, label, action, kind) {
    container.replaceChildren(
      el('p', { class: 'stj-question', text: question }),
      el('div', { class: 'stj-buttons' },
        button(label, action, `stj-confirm ${kind}`),
        button(fmt('cancel'), () => load(), 'jenkins-button--tertiary stj-cancel')));
  }

  async function showPlan(status, panel) {
    const plan = await call('plan');
    const handEdited = plan.state === 'HAND_EDITED';
    const buttons = el('div', { class: 'stj-buttons' });
    panel.replaceChildren(
      ...[fieldList('stj-added', fmt('added'), plan.addedFields.map((f) => `${f.label} (${f.name}) = ${Array.isArray(f.value) ? f.value.join(', ') : f.value}`)),
        fieldList('stj-removed', fmt('removed'), plan.removedFields),
        buttons,
        el('h2', { text: handEdited ? fmt('diffHandEdited') : fmt('diff') }),
        diffView(plan.diff)].filter(Boolean));
    panel.scrollIntoView({ block: 'start' });
    if (plan.state === 'UPDATE_AVAILABLE') {
      buttons.append(
        button(fmt('apply', plan.toVersion), () => confirmStep(buttons, fmt('confirmUpdate', plan.toVersion),
          fmt('apply', plan.toVersion), () => update(plan), 'jenkins-button--primary'), 'jenkins-button--primary stj-apply'),
        button(fmt('cancel'), () => load(), 'jenkins-button--tertiary stj-cancel'));
    }
  }

  async function update(plan) {
    try {
      const result = await call('update', { toVersion: plan.toVersion, sha256: plan.sha256 });
      await load(alert('success', fmt('updated', result.version), 'stj-message'));
    } catch (error) {
      showError(error);
    }
  }

  async function detach() {
    try {
      await call('detach', {});
      root.replaceChildren(alert('success', fmt('detached'), 'stj-message'));
    } catch (error) {
      showError(error);
    }
  }

  function stateAlert(status) {
    switch (status.state) {
      case 'UPDATE_AVAILABLE': return alert('info', fmt('newer', status.newestVersion), 'stj-state');
      case 'HAND_EDITED': return alert('warning', fmt('handEdited'), 'stj-state');
      case 'VALUES_REJECTED': return alert('warning', fmt('valuesRejected', status.newestVersion), 'stj-state');
      case 'TEMPLATE_MISSING': return alert('warning', fmt('templateMissing'), 'stj-state');
      default: return alert('success', fmt('upToDate'), 'stj-state');
    }
  }

  function render(status, message) {
    const panel = el('section', { class: 'stj-plan', id: 'stj-plan' });
    const actions = el('div', { class: 'stj-buttons', id: 'stj-actions' });
    if (status.mayConfigure) {
      if (status.state === 'UPDATE_AVAILABLE') {
        actions.append(button(fmt('review', status.newestVersion),
          () => showPlan(status, panel).catch(showError), 'jenkins-button--primary stj-review'));
      }
      actions.append(button(fmt('detach'), () => confirmStep(actions, fmt('confirmDetach'), fmt('detach'), detach,
        'jenkins-button--primary'), 'stj-detach'));
    }
    root.replaceChildren(...[
      message,
      el('h1', { text: fmt('title') }),
      el('p', { class: 'stj-made-from', id: 'stj-made-from', text: fmt('madeFrom', status.templateName, status.version, status.catalogueId) }),
      stateAlert(status),
      status.mayConfigure ? null : el('p', { class: 'stj-note', text: fmt('mayNotConfigure') }),
      el('h2', { text: fmt('values') }),
      valuesTable(status.values),
      actions,
      panel].filter(Boolean));
    if (status.mayConfigure && status.state === 'HAND_EDITED') {
      showPlan(status, panel).catch(showError);
    }
  }

  async function load(message) {
    try {
      const status = await call('status');
      texts = status.messages;
      render(status, message);
    } catch (error) {
      showError(error);
    }
  }

  load();
})();

// Skylark platform page: tables of the platform's objects with add / edit / delete dialogs and connection tests.
// The server validates every change against the whole platform; this script only shows its answer.
(function () {
  'use strict';

  const root = document.getElementById('skylark-platform');
  if (!root) {
    return;
  }
  const api = root.dataset.api;
  let texts = {};
  let kinds = {};

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (name === 'text') {
        node.textContent = value;
      } else if (name.startsWith('on')) {
        node.addEventListener(name.substring(2), value);
      } else if (value !== undefined && value !== null && value !== false) {
        node.setAttribute(name, value === true ? '' : value);
      }
    });
    (children || []).forEach((child) => node.append(child));
    return node;
  }

  function format(pattern, ...values) {
    return pattern.replace(/\{(\d+)\}/g, (all, i) => values[Number(i)]);
  }

  function post(endpoint, body) {
    const headers = { 'Content-Type': 'application/json' };
    const crumbHeader = document.head.dataset.crumbHeader;
    if (crumbHeader) {
      headers[crumbHeader] = document.head.dataset.crumbValue;
    }
    return fetch(api + '/' + endpoint, { method: 'POST', headers, body: JSON.stringify(body) })
      .then((response) => response.json().then((json) => ({ status: response.status, json })));
  }

  function load() {
    fetch(api + '/model', { headers: { Accept: 'application/json' } })
      .then((response) => response.json().then((json) => ({ status: response.status, json })))
      .then(({ status, json }) => {
        if (status !== 200) {
          root.replaceChildren(el('div', { class: 'skylark-status jenkins-alert-danger', text: json.error }));
          return;
        }
        render(json);
      });
  }

  function render(model) {
    texts = model.messages;
    kinds = model.kinds;
    const status = root.querySelector('.skylark-status') || el('div', { class: 'skylark-status', role: 'status' });
    const sections = Object.keys(kinds).map((kind) => section(kind));
    root.replaceChildren(el('h1', { text: texts.title }), el('p', { class: 'skylark-intro', text: texts.intro }),
      status, ...sections);
  }

  function section(kind) {
    const { fields, rows } = kinds[kind];
    const columns = fields.filter((field) => field.name !== 'caCertificatePem');
    const head = el('tr', {}, columns.map((field) => el('th', { text: texts['field.' + field.name] })));
    if (kind === 'project') {
      head.append(el('th', { text: texts.folders }));
    }
    head.append(el('th', { text: texts.actions }));
    const body = rows.map((row) => {
      const cells = columns.map((field) => el('td', { 'data-field': field.name, text: cellText(field, row[field.name]) }));
      if (kind === 'project') {
        cells.push(el('td', { 'data-field': 'folders', text: row.folders.length ? row.folders.join('\n') : texts.noFolders }));
      }
      cells.push(el('td', { class: 'skylark-actions' }, actions(kind, row)));
      return el('tr', { 'data-id': qualifiedId(kind, row) }, cells);
    });
    const table = rows.length
      ? el('table', { class: 'jenkins-table', id: 'skylark-' + kind + '-table' }, [el('thead', {}, [head]), el('tbody', {}, body)])
      : el('p', { class: 'skylark-empty', id: 'skylark-' + kind + '-table', text: texts.empty });
    return el('section', { id: 'skylark-' + kind }, [
      el('div', { class: 'skylark-section-head' }, [
        el('h2', { text: texts['section.' + kind] }),
        el('button', { type: 'button', class: 'jenkins-button', id: 'skylark-add-' + kind, text: texts.add,
          onclick: () => openEditor(kind, null) })]),
      table]);
  }

  function cellText(field, value) {
    if (field.type === 'BOOLEAN') {
      return value ? texts.yes : texts.no;
    }
    return value === undefined || value === null ? '' : String(value);
  }

  function actions(kind, row) {
    const buttons = [
      el('button', { type: 'button', class: 'jenkins-button skylark-edit', text: texts.edit, onclick: () => openEditor(kind, row) }),
      el('button', { type: 'button', class: 'jenkins-button skylark-danger skylark-delete', text: texts.delete,
        onclick: () => confirmDelete(kind, row) })];
    if (kind === 'cluster' || kind === 'registry') {
      buttons.push(el('button', { type: 'button', class: 'jenkins-button skylark-test', text: texts.test,
        onclick: (event) => testConnection(kind, row, event.target) }));
    }
    return buttons;
  }

  function qualifiedId(kind, row) {
    return row.projectId !== undefined ? row.projectId + '/' + row.id : row.id;
  }

  function input(field, value) {
    const id = 'skylark-field-' + field.name;
    if (field.type === 'BOOLEAN') {
      return el('input', { type: 'checkbox', id, name: field.name, checked: Boolean(value) });
    }
    if (field.type === 'TEXTAREA') {
      const area = el('textarea', { class: 'jenkins-input', id, name: field.name, rows: 3 });
      area.value = value || '';
      return area;
    }
    if (field.type === 'SELECT') {
      const select = el('select', { class: 'jenkins-select jenkins-input', id, name: field.name },
        [el('option', { value: '', text: '' }), ...field.options.map((option) => el('option', { value: option, text: option }))]);
      select.value = value || '';
      return select;
    }
    const text = el('input', { type: field.type === 'NUMBER' ? 'number' : 'text', class: 'jenkins-input', id, name: field.name });
    text.value = value === undefined || value === null ? '' : String(value);
    return text;
  }

  function valueOf(field, control) {
    if (field.type === 'BOOLEAN') {
      return control.checked;
    }
    if (field.type === 'NUMBER') {
      const number = Number(control.value);
      return control.value.trim() !== '' && Number.isInteger(number) ? number : control.value;
    }
    return control.value;
  }

  function dialog(title, content, confirmText, onConfirm) {
    const problems = el('div', { class: 'skylark-status skylark-dialog-problems', role: 'alert' });
    const confirm = el('button', { type: 'button', class: 'jenkins-button jenkins-button--primary', id: 'skylark-dialog-confirm', text: confirmText });
    const box = el('dialog', { class: 'skylark-dialog', id: 'skylark-dialog' }, [el('h2', { text: title }), ...content, problems,
      el('div', { class: 'skylark-dialog-buttons' }, [
        el('button', { type: 'button', class: 'jenkins-button', id: 'skylark-dialog-cancel', text: texts.cancel, onclick: () => box.close() }),
        confirm])]);
    box.addEventListener('close', () => box.remove());
    confirm.addEventListener('click', () => onConfirm(box, problems));
    root.append(box);
    box.showModal();
    return box;
  }

  function openEditor(kind, row) {
    const { fields } = kinds[kind];
    const controls = {};
    const items = fields.map((field) => {
      const control = input(field, row ? row[field.name] : (field.type === 'NUMBER' ? '' : undefined));
      controls[field.name] = control;
      const label = el('label', { for: control.id, text: texts['field.' + field.name] });
      const error = el('div', { class: 'skylark-field-error', id: 'skylark-error-' + field.name });
      return el('div', { class: 'jenkins-form-item' + (field.type === 'BOOLEAN' ? ' skylark-checkbox' : ''), 'data-field': field.name },
        field.type === 'BOOLEAN' ? [control, label, error] : [label, control, error]);
    });
    const title = (row ? texts.edit : texts.add) + ': ' + texts['kind.' + kind] + (row ? ' ' + qualifiedId(kind, row) : '');
    dialog(title, [el('form', { class: 'skylark-form' }, items)], texts.save, (box, problems) => {
      const values = {};
      fields.forEach((field) => { values[field.name] = valueOf(field, controls[field.name]); });
      const request = { kind, action: row ? 'edit' : 'add', values };
      if (row) {
        request.id = row.id;
        request.projectId = row.projectId;
      }
      post('save', request).then(({ status, json }) => {
        if (status === 200) {
          box.close();
          render(json);
          showStatus(true, texts.saved);
        } else {
          showProblems(box, problems, kind, qualifiedId(kind, values), json);
        }
      });
    });
  }

  function confirmDelete(kind, row) {
    const id = qualifiedId(kind, row);
    dialog(texts.delete + ': ' + texts['kind.' + kind] + ' ' + id,
      [el('p', { text: format(texts.confirmDelete, texts['kind.' + kind], id) })], texts.delete, (box, problems) => {
        post('save', { kind, action: 'delete', id: row.id, projectId: row.projectId }).then(({ status, json }) => {
          if (status === 200) {
            box.close();
            render(json);
            showStatus(true, texts.deleted);
          } else {
            showProblems(box, problems, kind, id, json);
          }
        });
      });
  }

  // A problem of the edited object goes under its field (namespaces[1].namespace → namespaces); others are listed.
  function showProblems(box, area, kind, objectId, answer) {
    box.querySelectorAll('.skylark-field-error').forEach((node) => { node.textContent = ''; });
    box.querySelectorAll('.skylark-invalid').forEach((node) => node.classList.remove('skylark-invalid'));
    const listed = [];
    (answer.problems || []).forEach((problem) => {
      const field = problem.field.split(/[.[]/)[0];
      const error = box.querySelector('#skylark-error-' + CSS.escape(field));
      if (problem.kind === kind && problem.id === objectId && error) {
        error.textContent = (error.textContent ? error.textContent + ' ' : '') + (field === problem.field ? '' : problem.field + ': ') + problem.message;
        error.parentElement.classList.add('skylark-invalid');
      } else {
        listed.push(texts['kind.' + problem.kind] ? texts['kind.' + problem.kind] + ' ' + problem.id + ', ' + problem.field + ': ' + problem.message
          : problem.kind + ' ' + problem.id + ', ' + problem.field + ': ' + problem.message);
      }
    });
    area.className = 'skylark-status skylark-dialog-problems jenkins-alert-danger';
    area.replaceChildren(el('strong', { text: answer.error }),
      ...(listed.length ? [el('div', { text: texts.otherProblems }), el('ul', {}, listed.map((text) => el('li', { text })))] : []));
  }

  function showStatus(ok, message, details) {
    const status = root.querySelector('.skylark-status');
    status.className = 'skylark-status ' + (ok ? 'jenkins-alert-success' : 'jenkins-alert-danger');
    status.replaceChildren(el('span', { text: message }), ...(details && details.length
      ? [el('ul', {}, details.map((text) => el('li', { text })))] : []));
  }

  function testConnection(kind, row, button) {
    button.disabled = true;
    showStatus(true, texts.testing);
    post(kind === 'cluster' ? 'testCluster' : 'testRegistry', { id: row.id }).then(({ status, json }) => {
      button.disabled = false;
      if (status === 200) {
        showStatus(json.ok, json.message, json.details);
      } else {
        showStatus(false, json.error);
      }
    });
  }

  load();
}());

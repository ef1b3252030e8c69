// The template gallery: the catalogue as cards (searchable), a template's form beside its live preview
// (stage graph and Jenkinsfile), and job creation. Data and texts come from the page's JSON endpoints
// (data-api); the server validates, so the form shows exactly the engine's errors.
(function () {
  'use strict';

  const DEBOUNCE_MS = 300;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([name, value]) => {
      if (value === false || value === null || value === undefined) {
        return;
      }
      if (name === 'class') {
        node.className = value;
      } else if (name === 'text') {
        node.textContent = value;
      } else {
        node.setAttribute(name, value === true ? '' : value);
      }
    });
    children.flat().filter(c => c !== null && c !== undefined).forEach(c => {
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return node;
  }

  function debounce(action) {
    let timer = null;
    return () => {
      clearTimeout(timer);
      timer = setTimeout(action, DEBOUNCE_MS);
    };
  }

  class Api {
    constructor(base) {
      this.base = base;
      const head = document.head.dataset;
      this.crumb = head.crumbHeader ? { [head.crumbHeader]: head.crumbValue } : {};
    }

    get(path, params) {
      const query = new URLSearchParams(params || {}).toString();
      return this.answer(fetch(this.base + '/' + path + (query ? '?' + query : ''), { headers: { Accept: 'application/json' } }));
    }

    post(path, body) {
      const headers = Object.assign({ 'Content-Type': 'application/json' }, this.crumb);
      return this.answer(fetch(this.base + '/' + path, { method: 'POST', headers, body: JSON.stringify(body) }));
    }

    answer(pending) {
      return pending.then(r => r.json().then(json => ({ status: r.status, json })));
    }
  }

  class Gallery {
    constructor(root) {
      this.root = root;
      this.api = new Api(root.dataset.api);
      this.jenkinsRoot = root.dataset.root || '';
      this.texts = {};
      this.previewSeq = 0;
      this.listSeq = 0;
    }

    t(key, ...args) {
      const text = this.texts[key] || key;
      return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? args[i] : m));
    }

    start() {
      this.api.get('templates').then(({ status, json }) => {
        if (status !== 200) {
          this.root.replaceChildren(el('div', { class: 'jenkins-alert jenkins-alert-danger', id: 'gallery-error', text: json.error }));
          return;
        }
        this.texts = json.messages;
        this.canCreate = json.canCreate;
        this.drawShell(json);
        this.drawList(json);
      });
    }

    drawShell(json) {
      this.search = el('input', { id: 'gallery-search', class: 'jenkins-input gallery-search', type: 'search',
        placeholder: this.t('search'), 'aria-label': this.t('search') });
      this.search.addEventListener('input', debounce(() => this.refreshList()));
      this.list = el('div', { id: 'gallery-list', class: 'gallery-list' });
      this.formView = el('div', { id: 'gallery-form-view', class: 'gallery-form-view', hidden: true });
      this.listView = el('div', { id: 'gallery-list-view' }, this.problems(json.problems), this.search, this.list);
      this.root.replaceChildren(el('h1', { class: 'gallery-title', text: this.t('title') }),
        json.folder ? el('p', { id: 'gallery-folder-note', class: 'gallery-note', text: this.t('inFolder', json.folder) }) : '',
        this.listView, this.formView);
    }

    problems(problems) {
      if (!problems || problems.length === 0) {
        return null;
      }
      return el('div', { id: 'gallery-problems', class: 'jenkins-alert jenkins-alert-warning' },
        el('strong', { text: this.t('problems') }),
        el('ul', {}, problems.map(p => el('li', { text: this.t('problemAt', p.catalogueId, p.file, p.field, p.line, p.message) }))));
    }

    refreshList() {
      const seq = ++this.listSeq;
      this.api.get('templates', { q: this.search.value }).then(({ status, json }) => {
        if (status === 200 && seq === this.listSeq) {
          this.drawList(json);
        }
      });
    }

    drawList(json) {
      const sections = json.categories.map(category => el('section', { class: 'gallery-category', 'data-category': category.id },
        el('h2', { text: category.name }),
        el('div', { class: 'gallery-cards' }, category.templates.map(card => this.card(card)))));
      this.list.replaceChildren(...sections);
      if (sections.length === 0) {
        this.list.append(el('p', { id: 'gallery-empty', class: 'gallery-empty', text: this.t('noTemplates') }));
      }
    }

    card(card) {
      const button = el('button', { type: 'button', class: 'gallery-card', 'data-template': card.id, 'data-catalogue': card.catalogue },
        card.icon ? el('img', { class: 'gallery-icon', src: this.api.base + '/' + card.icon, alt: '' })
          : el('span', { class: 'gallery-icon gallery-icon--none', text: card.name.charAt(0) }),
        el('span', { class: 'gallery-card-name', text: card.name }),
        el('span', { class: 'gallery-card-version', text: this.t('version', card.version)
          + (card.catalogue === 'official' ? '' : ' · ' + this.t('catalogue', card.catalogue)) }),
        el('span', { class: 'gallery-card-description', text: card.description }));
      button.addEventListener('click', () => this.open(card.catalogue, card.id));
      return button;
    }

    open(catalogue, id) {
      Promise.all([this.api.get('form', { catalogue, template: id }), this.api.get('folders')]).then(([form, folders]) => {
        if (form.status !== 200) {
          this.listView.prepend(el('div', { class: 'jenkins-alert jenkins-alert-danger', text: this.t('loadFailed', form.json.error) }));
          return;
        }
        new TemplateForm(this, form.json, folders.status === 200 ? folders.json.folders : []).show();
      });
    }

    showList() {
      this.formView.hidden = true;
      this.formView.replaceChildren();
      this.listView.hidden = false;
    }
  }

  class TemplateForm {
    constructor(gallery, form, folders) {
      this.gallery = gallery;
      this.form = form;
      this.folders = folders;
      this.inputs = new Map();
      this.schedulePreview = debounce(() => this.preview());
    }

    show() {
      const g = this.gallery;
      const back = el('button', { type: 'button', id: 'gallery-back', class: 'jenkins-button', text: g.t('back') });
      back.addEventListener('click', () => g.showList());
      const plain = this.form.fields.filter(f => !f.advanced).map(f => this.field(f));
      const advanced = this.form.fields.filter(f => f.advanced).map(f => this.field(f));
      const fields = el('form', { id: 'gallery-form', class: 'gallery-form', novalidate: true }, plain,
        advanced.length ? el('details', { id: 'gallery-advanced', class: 'gallery-advanced' },
          el('summary', { text: g.t('advanced') }), advanced) : null,
        this.creation());
      fields.addEventListener('submit', e => e.preventDefault());
      this.stages = el('div', { id: 'gallery-stages', class: 'gallery-stages' });
      this.jenkinsfile = el('pre', { id: 'gallery-jenkinsfile', class: 'gallery-jenkinsfile' });
      this.note = el('p', { id: 'gallery-preview-note', class: 'gallery-note', text: g.t('checking') });
      const preview = el('div', { class: 'gallery-preview' }, el('h3', { text: g.t('stages') }), this.stages,
        el('h3', { text: g.t('jenkinsfile') }), this.note, this.jenkinsfile);
      g.formView.replaceChildren(...[back,
        el('div', { class: 'gallery-form-header' },
          this.form.icon ? el('img', { class: 'gallery-icon', src: g.api.base + '/' + this.form.icon, alt: '' }) : null,
          el('h2', { id: 'gallery-template-name', text: this.form.name }),
          el('span', { class: 'gallery-card-version', text: g.t('version', this.form.version) })),
        el('p', { class: 'gallery-description', text: this.form.description }),
        this.form.plugins.length ? el('p', { class: 'gallery-note', text: g.t('plugins', this.form.plugins.join(', ')) }) : null,
        el('div', { class: 'gallery-columns' }, fields, preview)].filter(Boolean));
      g.listView.hidden = true;
      g.formView.hidden = false;
      this.applyShownWhen();
      this.preview();
    }

    field(f) {
      const g = this.gallery;
      const input = this.input(f);
      input.id = 'gallery-field-' + f.name;
      input.name = f.name;
      input.addEventListener(input.type === 'checkbox' || input.tagName === 'SELECT' ? 'change' : 'input', () => {
        this.applyShownWhen();
        this.schedulePreview();
      });
      this.inputs.set(f.name, input);
      const label = el('label', { class: 'jenkins-form-label', for: input.id }, f.label,
        f.required ? el('span', { class: 'gallery-required', text: ' *', title: g.t('required') }) : null);
      const hint = f.widget === 'credentials' ? g.t('credentialsHint') : f.widget === 'list' ? g.t('listHint') : '';
      return el('div', { class: 'jenkins-form-item gallery-field', 'data-field': f.name },
        f.widget === 'checkbox' ? el('div', { class: 'gallery-checkbox' }, input, label) : [label, input],
        f.help || hint ? el('div', { class: 'jenkins-form-description', text: [f.help, hint].filter(Boolean).join(' ') }) : null,
        el('div', { class: 'gallery-error', 'data-error-for': f.name, 'aria-live': 'polite' }));
    }

    input(f) {
      const value = f.defaultValue;
      switch (f.widget) {
        case 'checkbox':
          return el('input', { type: 'checkbox', checked: value === true });
        case 'select':
          return el('select', { class: 'jenkins-select__input' }, f.choices.map(c => el('option', { value: c, selected: c === value, text: c })));
        case 'textarea':
        case 'list':
          return el('textarea', { class: 'jenkins-input', rows: f.widget === 'list' ? 3 : 4 },
            Array.isArray(value) ? value.join('\n') : value || '');
        default:
          return el('input', { class: 'jenkins-input', type: f.widget === 'number' ? 'number' : 'text',
            value: value === null || value === undefined ? '' : String(value),
            pattern: f.pattern, required: f.required, autocomplete: 'off' });
      }
    }

    creation() {
      const g = this.gallery;
      if (!g.canCreate || this.folders.length === 0) {
        return el('p', { id: 'gallery-no-folders', class: 'jenkins-alert jenkins-alert-info', text: g.t('noFolders') });
      }
      this.folder = el('select', { id: 'gallery-folder', class: 'jenkins-select__input' },
        this.folders.map(f => el('option', { value: f.folder, text: f.folder })));
      this.jobName = el('input', { id: 'gallery-job-name', class: 'jenkins-input', type: 'text', autocomplete: 'off' });
      const create = el('button', { type: 'button', id: 'gallery-create', class: 'jenkins-button jenkins-button--primary', text: g.t('create') });
      create.addEventListener('click', () => this.create());
      this.result = el('div', { id: 'gallery-result', 'aria-live': 'polite' });
      return el('fieldset', { class: 'gallery-creation' },
        el('div', { class: 'jenkins-form-item' }, el('label', { class: 'jenkins-form-label', for: 'gallery-folder', text: g.t('folder') }), this.folder),
        el('div', { class: 'jenkins-form-item' }, el('label', { class: 'jenkins-form-label', for: 'gallery-job-name', text: g.t('jobName') }),
          this.jobName, el('div', { class: 'gallery-error', 'data-error-for': 'name' })),
        create, this.result);
    }

    /** The value as the engine expects it; hidden fields are left out. */
    values() {
      const values = {};
      this.form.fields.forEach(f => {
        const input = this.inputs.get(f.name);
        if (!input.closest('.gallery-field').hidden) {
          values[f.name] = input.type === 'checkbox' ? input.checked : input.value;
        }
      });
      return values;
    }

    /** A field is shown when every field its rule names is shown and holds one of the listed values. */
    applyShownWhen() {
      const shown = {};
      this.form.fields.forEach(f => {
        const visible = Object.entries(f.shownWhen).every(([name, expected]) => name in shown && expected.includes(shown[name]));
        const input = this.inputs.get(f.name);
        input.closest('.gallery-field').hidden = !visible;
        if (visible) {
          shown[f.name] = input.type === 'checkbox' ? String(input.checked) : input.value;
        }
      });
    }

    preview() {
      const seq = ++this.gallery.previewSeq;
      this.gallery.api.post('preview', { catalogue: this.form.catalogue, template: this.form.id, values: this.values() })
        .then(({ status, json }) => {
          if (seq !== this.gallery.previewSeq) {
            return; // a newer preview is on its way
          }
          if (status !== 200) {
            this.note.textContent = this.gallery.t('loadFailed', json.error);
            return;
          }
          this.showErrors(json.errors, ['name']);
          this.drawStages(json.stages);
          if (json.jenkinsfile) {
            this.jenkinsfile.textContent = json.jenkinsfile;
          }
          this.jenkinsfile.classList.toggle('gallery-jenkinsfile--stale', !json.valid);
          this.note.textContent = json.valid ? '' : this.gallery.t('fixErrors');
        });
    }

    /** Shows each error next to its field; fields listed in {@code keep} keep theirs. */
    showErrors(errors, keep) {
      this.gallery.formView.querySelectorAll('.gallery-error').forEach(node => {
        if (!keep.includes(node.dataset.errorFor)) {
          node.textContent = '';
        }
      });
      this.inputs.forEach((input, name) => input.classList.toggle('is-invalid', errors.some(e => e.field === name)));
      errors.forEach(e => {
        const node = this.gallery.formView.querySelector('.gallery-error[data-error-for="' + CSS.escape(e.field) + '"]');
        if (node) {
          node.textContent = node.textContent ? node.textContent + ' ' + e.message : e.message;
        }
      });
    }

    drawStages(stages) {
      const g = this.gallery;
      this.stages.replaceChildren(...stages.map(stage => el('div', {
        class: 'gallery-stage' + (stage.shown ? '' : ' gallery-stage--skipped'), 'data-stage': stage.id },
      el('div', { class: 'gallery-stage-name', text: stage.name }),
      el('ul', { class: 'gallery-tasks' }, stage.tasks.map(task => el('li', {
        class: task.shown ? 'gallery-task' : 'gallery-task gallery-task--skipped', text: task.name }))),
      stage.shown ? null : el('div', { class: 'gallery-stage-note', text: g.t('hidden') }))));
    }

    create() {
      const g = this.gallery;
      this.result.replaceChildren();
      g.api.post('create', { catalogue: this.form.catalogue, template: this.form.id, folder: this.folder.value,
        name: this.jobName.value, values: this.values() }).then(({ status, json }) => {
        if (status === 200) {
          this.showErrors([], []);
          this.result.replaceChildren(el('div', { class: 'jenkins-alert jenkins-alert-success', id: 'gallery-created' },
            g.t('created', json.folder + '/' + json.name) + ' ',
            el('a', { href: g.jenkinsRoot + '/' + json.url, text: g.t('openJob') })));
          return;
        }
        this.showErrors(json.errors || [], []);
        this.result.replaceChildren(el('div', { class: 'jenkins-alert jenkins-alert-danger', id: 'gallery-create-error', text: json.error }));
      });
    }
  }

  function start() {
    const root = document.getElementById('skylark-gallery');
    if (root) {
      new Gallery(root).start();
    }
  }

  // The adjunct is written where <st:adjunct> stands, possibly before the page's elements.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

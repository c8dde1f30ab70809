// Saves a report section as the delegate types, so no answer is lost to a closed tab or an
// expired session. Unsaved answers are also kept in this browser until the server has them,
// and offered back when the page is opened again. Without this script the Save buttons work.
(function () {
  'use strict';
  const form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch) {
    return;
  }
  const status = document.getElementById('autosave-status');
  const completeness = document.getElementById('completeness');
  const key = 'poa-autosave:' + form.dataset.autosave;
  const base = form.querySelector('input[name="baseEdits"]');
  let timer = null;
  let dirty = false;
  let saving = false;

  function say(text) {
    status.textContent = text;
  }

  function answers() {
    const entries = [];
    new FormData(form).forEach(function (value, name) {
      if (/^q\d+$/.test(name)) {
        entries.push([name, value]);
      }
    });
    return entries;
  }

  function keepLocally() {
    try {
      localStorage.setItem(key, JSON.stringify({ base: base.value, entries: answers() }));
    } catch (e) {
      // storage full or disabled: the server save still runs
    }
  }

  function schedule() {
    dirty = true;
    keepLocally();
    say(status.dataset.unsaved);
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  }

  function showErrors(errors) {
    form.querySelectorAll('.autosave-error').forEach(function (element) {
      element.hidden = true;
      element.textContent = '';
    });
    errors.forEach(function (error) {
      const element = document.getElementById(error.field + '-autosave-error');
      if (element) {
        element.textContent = error.message;
        element.hidden = false;
      }
    });
  }

  async function save() {
    if (saving) {
      timer = setTimeout(save, 500);
      return;
    }
    saving = true;
    dirty = false;
    say(status.dataset.saving);
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { 'X-Autosave': '1', 'Accept': 'application/json' },
        credentials: 'same-origin',
        redirect: 'manual'
      });
      if (response.ok) {
        const saved = await response.json();
        document.querySelectorAll('input[name="baseEdits"]').forEach(function (input) {
          input.value = saved.edits;
        });
        if (!dirty) {
          localStorage.removeItem(key);
        }
        else {
          keepLocally();
        }
        showErrors(saved.errors);
        const time = new Date(saved.savedAt).toLocaleTimeString(document.documentElement.lang);
        say(status.dataset.saved.replace('{0}', time));
        if (completeness) {
          completeness.textContent = saved.completeness + '%';
        }
      }
      else if (response.status === 409) {
        const problem = await response.json().catch(function () {
          return {};
        });
        dirty = false;
        if (problem.notEditable) {
          // sent for review or submitted meanwhile: keep the local copy, stop trying
          keepLocally();
          say(status.dataset.notEditable);
        }
        else {
          // someone else saved this section: let the server show both versions
          say(status.dataset.conflict);
          form.submit();
        }
      }
      else {
        dirty = true;
        const signedOut = response.type === 'opaqueredirect' || response.status === 401 || response.status === 403;
        say(signedOut ? status.dataset.signedOut : status.dataset.failed);
        timer = setTimeout(save, 15000);
      }
    } catch (e) {
      dirty = true;
      say(status.dataset.offline);
      timer = setTimeout(save, 15000);
    } finally {
      saving = false;
    }
  }

  function restore(kept) {
    const entries = kept.entries;
    // the answers were typed on top of this count: a save in between shows as a conflict
    base.value = kept.base;
    const byName = {};
    entries.forEach(function (entry) {
      (byName[entry[0]] = byName[entry[0]] || []).push(entry[1]);
    });
    form.querySelectorAll('[name^="q"]').forEach(function (field) {
      const values = byName[field.name] || [];
      if (field.type === 'radio' || field.type === 'checkbox') {
        field.checked = values.indexOf(field.value) >= 0 || (field.value === '' && values.length === 0 && field.type === 'radio');
      }
      else if (field.type !== 'file') {
        field.value = values.length ? values[0] : '';
      }
    });
    schedule();
  }

  function offerRestore() {
    let kept;
    try {
      kept = JSON.parse(localStorage.getItem(key) || 'null');
    } catch (e) {
      kept = null;
    }
    if (!kept || !kept.entries) {
      return;
    }
    const now = JSON.stringify(answers());
    if (JSON.stringify(kept.entries) === now) {
      localStorage.removeItem(key);
      return;
    }
    const notice = document.createElement('div');
    notice.className = 'alert alert-warning d-flex gap-3 align-items-center';
    notice.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.textContent = status.dataset.restore;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-warning btn-sm';
    button.textContent = status.dataset.restoreAction;
    button.addEventListener('click', function () {
      restore(kept);
      notice.remove();
    });
    notice.append(text, button);
    form.prepend(notice);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', function (event) {
    if (event.target.type !== 'file') {
      schedule();
    }
  });
  form.addEventListener('submit', function () {
    clearTimeout(timer);
    dirty = false;
    localStorage.removeItem(key);
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      keepLocally();
      event.preventDefault();
      event.returnValue = '';
    }
  });
  offerRestore();
}());

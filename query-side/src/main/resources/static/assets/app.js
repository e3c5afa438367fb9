/*
 * Review Ledger web UI: the live dashboard and the step forms. No inline scripts (the content
 * security policy forbids them); everything hangs off data- attributes in the pages.
 */
(function () {
  'use strict';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function timeNow() {
    var d = new Date();
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  }

  // ---- Live dashboard: the cycle's server-sent events trigger a fetch of the panel (htmx) ----------
  function startLive() {
    var live = document.getElementById('live');
    if (!live || !window.EventSource) { return; }
    var timer = null;
    var status = function () {
      var text = live.getAttribute('data-updated') || '{0}';
      live.setAttribute('data-state', 'updated');
      live.lastElementChild.textContent = text.replace('{0}', timeNow());
    };
    var refresh = function () {
      var panel = document.getElementById('panel');
      if (!panel || !window.htmx) { return; }
      // A burst of changes (a group decision, an import) becomes one fetch.
      clearTimeout(timer);
      timer = setTimeout(function () {
        window.htmx.ajax('GET', panel.getAttribute('data-refresh'), { target: '#panel', swap: 'outerHTML' })
          .then(status);
      }, 250);
    };
    var source = new EventSource(live.getAttribute('data-stream'));
    source.addEventListener('dashboard', function () { live.setAttribute('data-state', 'connected'); });
    source.addEventListener('review-changed', refresh);
    source.onerror = function () { live.setAttribute('data-state', 'reconnecting'); };
    // Overdue and due-soon change with the date even when nothing happens: refresh now and then.
    setInterval(refresh, 5 * 60 * 1000);
  }

  // ---- Step forms: JSON to the command API, rule errors shown beside their fields ---------------
  function toIso(text) {
    var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (!m) { return null; }
    var d = +m[1], mo = +m[2], y = +m[3];
    var date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) { return null; }
    return y + '-' + pad(mo) + '-' + pad(d);
  }

  function put(body, name, value) {
    var parts = name.split('.');
    var o = body;
    for (var i = 0; i < parts.length - 1; i++) {
      o[parts[i]] = o[parts[i]] || {};
      o = o[parts[i]];
    }
    o[parts[parts.length - 1]] = value;
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach(function (e) { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    var box = form.querySelector('.form-errors');
    if (box) { box.hidden = true; box.textContent = ''; }
  }

  /** Shows a message beside its field; answers false when the form has no such field. */
  function fieldError(form, field, message) {
    var base = String(field || '').replace(/\[.*$/, '').split('.')[0];
    // A step form's errors are #err-<field>; the forms beside it mark theirs data-for="<field>".
    var holder = form.querySelector('#err-' + CSS.escape(field)) || form.querySelector('#err-' + CSS.escape(base))
      || form.querySelector('[data-for="' + field + '"]') || form.querySelector('[data-for="' + base + '"]');
    if (!holder) { return false; }
    holder.textContent = message;
    var input = form.querySelector('[name="' + field + '"]') || form.querySelector('[name="' + base + '"]');
    if (input) { input.setAttribute('aria-invalid', 'true'); }
    return true;
  }

  function summary(form, lines) {
    var box = form.querySelector('.form-errors');
    if (!box) { return; }
    box.textContent = '';
    var title = document.createElement('p');
    title.textContent = box.getAttribute('data-title');
    box.appendChild(title);
    if (lines.length) {
      var ul = document.createElement('ul');
      lines.forEach(function (l) {
        var li = document.createElement('li');
        li.textContent = l;
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    box.hidden = false;
    box.focus();
  }

  function submit(event) {
    event.preventDefault();
    var form = event.currentTarget;
    clearErrors(form);
    var body = {};
    var lines = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || el.type === 'submit') { return; }
      // A checkbox is a yes or a no, sent either way (dutyRelated defaults to yes on the server).
      if (el.type === 'checkbox') { put(body, el.name, el.checked); return; }
      var value = (el.value || '').trim();
      if (value === '') { return; }
      if (el.getAttribute('data-type') === 'date') {
        var iso = toIso(value);
        if (!iso) {
          var label = form.querySelector('label[for="' + el.id + '"]');
          var message = form.getAttribute('data-bad-date');
          fieldError(form, el.name, message);
          lines.push((label ? label.textContent + ': ' : '') + message);
          return;
        }
        value = iso;
      } else if (el.type === 'number') {
        value = Number(value);
      }
      put(body, el.name, value);
    });
    if (lines.length) { summary(form, lines); return; }

    var button = form.querySelector('button[type="submit"]');
    var label = button.textContent;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    var headers = {
      'Content-Type': 'application/json',
      'Accept': 'application/json, application/problem+json',
      // The API answers in the page's language, not the browser's.
      'Accept-Language': document.documentElement.lang || 'vi'
    };
    var token = meta('_csrf');
    if (token) { headers[meta('_csrf_header') || 'X-CSRF-TOKEN'] = token; }
    var url = form.getAttribute('data-api');
    fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'wait=true', {
      method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        window.location.assign(form.getAttribute('data-done'));
        return null;
      }
      return response.json().catch(function () { return {}; }).then(function (problem) {
        var rest = [];
        (problem.errors || []).forEach(function (e) {
          if (!fieldError(form, e.field, e.message)) { rest.push(e.message); }
        });
        if (problem.detail && !(problem.errors || []).length) { rest.push(problem.detail); }
        if (!rest.length && problem.errors && problem.errors.length) {
          rest = problem.errors.map(function (e) { return e.message; });
        }
        summary(form, rest);
      });
    }).catch(function () {
      summary(form, [document.documentElement.lang === 'en' ? 'The request could not be sent.' : 'Không gửi được yêu cầu.']);
    }).finally(function () {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      button.textContent = label;
    });
  }

  function startForms() {
    document.querySelectorAll('form.step-form').forEach(function (form) {
      form.addEventListener('submit', submit);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    startLive();
    startForms();
  });
})();

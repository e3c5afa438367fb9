/*
 * The administrator's operations screen: every figure and every action goes through the
 * /api/admin/** JSON endpoints with the session (CSRF header on POSTs), as the API's own clients
 * would. No inline scripts (the content security policy forbids them); every word shown comes from
 * the page (#ops-text), in the page's language.
 */
(function () {
  'use strict';

  var text = {};
  var POLL_MS = 500;
  var REFRESH_MS = 10000;

  function t(key, args) {
    var s = Object.prototype.hasOwnProperty.call(text, key) ? text[key] : key;
    (args || []).forEach(function (a, i) { s = s.split('{' + i + '}').join(a == null ? '' : String(a)); });
    return s;
  }

  function lang() { return document.documentElement.lang || 'vi'; }

  function locale() { return lang() === 'en' ? 'en-GB' : 'vi-VN'; }

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  function byId(id) { return document.getElementById(id); }

  function enc(s) { return encodeURIComponent(s); }

  /** Answers {ok, status, data}; a network failure is {ok: false, status: 0}. */
  function api(method, url, body) {
    var headers = {
      'Accept': 'application/json, application/problem+json',
      // The API answers in the page's language, not the browser's.
      'Accept-Language': lang()
    };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      var token = meta('_csrf');
      if (token) { headers[meta('_csrf_header') || 'X-CSRF-TOKEN'] = token; }
    }
    return fetch(url, {
      method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        return { ok: r.ok, status: r.status, data: data };
      });
    }, function () {
      return { ok: false, status: 0, data: { detail: t('sendFailed') } };
    });
  }

  function problemText(data) {
    var errors = (data && data.errors) || [];
    if (errors.length) { return errors.map(function (e) { return e.message; }).join(' '); }
    return (data && (data.detail || data.title)) || t('sendFailed');
  }

  function showStatus(message) {
    var box = byId('ops-status');
    byId('ops-error').hidden = true;
    box.textContent = message;
    box.hidden = false;
  }

  function showError(message) {
    var box = byId('ops-error');
    byId('ops-status').hidden = true;
    box.textContent = message;
    box.hidden = false;
  }

  function number(n) { return n == null || n < 0 ? '—' : Number(n).toLocaleString(locale()); }

  function when(iso) { return iso ? new Date(iso).toLocaleString(locale()) : '—'; }

  function cell(tr, content, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    var label = tr.closest('table').querySelectorAll('thead th')[tr.children.length];
    if (label) { td.setAttribute('data-label', label.textContent); }
    if (content instanceof Node) { td.appendChild(content); } else { td.textContent = content == null ? '—' : content; }
    tr.appendChild(td);
    return td;
  }

  /** {@code about} names what the button acts on, for a screen reader reading it out of its row. */
  function button(label, className, about, data) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = label;
    b.setAttribute('aria-label', label + ' ' + about);
    Object.keys(data).forEach(function (k) { b.setAttribute('data-' + k, data[k]); });
    return b;
  }

  /** Marks a table busy while any load of it is under way (a refresh may overlap the one before). */
  function loading(table, started) {
    var n = Number(table.getAttribute('data-loads') || 0) + (started ? 1 : -1);
    table.setAttribute('data-loads', n);
    if (n > 0) { table.setAttribute('aria-busy', 'true'); } else { table.removeAttribute('aria-busy'); }
  }

  // ---- The reason dialog: one for replay (reason optional), retry and evict (reason required) ----
  var pending = null;

  function ask(options) {
    var dialog = byId('reason-dialog');
    pending = options;
    byId('reason-title').textContent = options.title;
    byId('reason-hint').textContent = options.hint || '';
    byId('reason-hint').hidden = !options.hint;
    byId('reason-label').textContent = options.required ? t('reason') : t('reason.optional');
    var input = byId('reason-input');
    input.value = '';
    input.required = !!options.required;
    input.removeAttribute('aria-invalid');
    byId('reason-error').textContent = '';
    byId('reason-confirm').textContent = options.confirm;
    dialog.showModal();
    input.focus();
  }

  function confirmReason(event) {
    event.preventDefault();
    if (!pending) { return; }
    var input = byId('reason-input');
    var reason = input.value.trim();
    if (pending.required && !reason) {
      byId('reason-error').textContent = t('reason.required');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    var confirm = byId('reason-confirm');
    confirm.disabled = true;
    confirm.setAttribute('aria-busy', 'true');
    pending.send(reason).then(function (failure) {
      if (failure) {
        byId('reason-error').textContent = failure;
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      pending = null;
      byId('reason-dialog').close();
    }).finally(function () {
      confirm.disabled = false;
      confirm.removeAttribute('aria-busy');
    });
  }

  // ---- Event processors: position, head, lag; a rebuild's progress by polling its status ----------
  var watching = {};
  // Rebuilds started from this page, announced when any status of theirs shows them finished: the
  // periodic refresh may be the one that sees it first.
  var announcing = {};

  function processorRow(name) {
    return document.querySelector('tr.processor[data-processor="' + CSS.escape(name) + '"]');
  }

  function showProcessor(s) {
    var tr = processorRow(s.name);
    if (!tr) { return; }
    tr.setAttribute('data-state', s.state);
    tr.querySelector('.state').textContent = t('state.' + s.state) + (s.error ? ' — ' + s.error : '');
    tr.querySelector('.position').textContent = number(s.position);
    tr.querySelector('.head').textContent = number(s.head);
    tr.querySelector('.lag').textContent = number(Math.max(0, s.head - s.position));
    tr.querySelector('progress').value = s.percent;
    tr.querySelector('.percent').textContent = s.percent + ' %';
    tr.querySelector('.serving').textContent = t('serving.' + s.serving);
    tr.querySelector('button.replay').disabled = s.state === 'RUNNING';
    if (s.state !== 'RUNNING' && announcing[s.name]) {
      delete announcing[s.name];
      if (s.state === 'FAILED') { showError(t('replay.failed', [s.name, s.error])); } else { showStatus(t('replay.done', [s.name])); }
      loadActions();
    }
  }

  function loadProcessor(name) {
    return api('GET', '/api/admin/processors/' + enc(name) + '/status').then(function (r) {
      if (!r.ok) { showError(problemText(r.data)); return null; }
      showProcessor(r.data);
      return r.data;
    });
  }

  /** Follows a running rebuild until it is done. */
  function watch(name) {
    if (watching[name]) { return; }
    watching[name] = true;
    var tick = function () {
      loadProcessor(name).then(function (s) {
        if (s && s.state === 'RUNNING') { setTimeout(tick, POLL_MS); return; }
        watching[name] = false;
      });
    };
    tick();
  }

  function loadProcessors() {
    document.querySelectorAll('tr.processor').forEach(function (tr) {
      var name = tr.getAttribute('data-processor');
      if (watching[name]) { return; }
      loadProcessor(name).then(function (s) { if (s && s.state === 'RUNNING') { watch(name); } });
    });
  }

  function replay(name) {
    ask({
      title: t('replay.title', [name]), hint: t('replay.hint'), required: false, confirm: t('replay'),
      send: function (reason) {
        return api('POST', '/api/admin/processors/' + enc(name) + '/replay', reason ? { reason: reason } : {})
          .then(function (r) {
            if (!r.ok) { return problemText(r.data); }
            showStatus(t('replay.started', [name]));
            announcing[name] = true;
            showProcessor(r.data);
            watch(name);
            loadActions();
            return null;
          });
      }
    });
  }

  // ---- Dead letters: retry or evict, each with a reason for the record ---------------------------
  function loadDeadLetters() {
    var table = byId('dead-letters');
    loading(table, true);
    return api('GET', '/api/admin/dead-letters').then(function (r) {
      if (!r.ok) { showError(problemText(r.data)); return; }
      var body = table.querySelector('tbody');
      body.textContent = '';
      r.data.forEach(function (d) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-group', d.group);
        tr.setAttribute('data-sequence', d.sequence);
        body.appendChild(tr);
        cell(tr, d.group);
        cell(tr, d.reviewId || d.sequence, 'sequence');
        cell(tr, d.eventType);
        cell(tr, d.error, 'error');
        cell(tr, number(d.count), 'n');
        cell(tr, when(d.firstSeen));
        var actions = document.createElement('span');
        actions.className = 'row-actions';
        actions.appendChild(button(t('retry'), 'retry', d.sequence, { group: d.group, sequence: d.sequence }));
        actions.appendChild(button(t('evict'), 'evict danger', d.sequence, { group: d.group, sequence: d.sequence }));
        cell(tr, actions);
      });
      table.hidden = r.data.length === 0;
      byId('dead-letters-none').hidden = r.data.length !== 0;
    }).finally(function () { loading(table, false); });
  }

  function deadLetterAction(kind, group, sequence) {
    var url = '/api/admin/dead-letters/' + enc(group) + '/' + enc(sequence) + '/' + kind;
    ask({
      title: t(kind + '.title', [sequence]), hint: kind === 'evict' ? t('evict.hint') : '', required: true,
      confirm: t(kind),
      send: function (reason) {
        return api('POST', url, { reason: reason }).then(function (r) {
          if (!r.ok) { return problemText(r.data); }
          if (kind === 'evict') {
            showStatus(t('evict.done', [sequence]));
          } else if (r.data.processed) {
            showStatus(t('retry.done', [sequence]));
          } else {
            showError(t('retry.failedAgain', [sequence, r.data.remaining ? r.data.remaining.error : '']));
          }
          loadDeadLetters();
          loadActions();
          return null;
        });
      }
    });
  }

  // ---- Consistency check ----------------------------------------------------------------------
  function runConsistency() {
    var run = byId('consistency-run');
    var label = run.textContent;
    run.disabled = true;
    run.setAttribute('aria-busy', 'true');
    run.textContent = run.getAttribute('data-busy');
    api('GET', '/api/admin/consistency').then(function (r) {
      if (!r.ok) { showError(problemText(r.data)); return; }
      var report = r.data;
      var summary = byId('consistency-summary');
      summary.textContent = t('consistency.summary', [when(report.checkedAt), number(report.reviews),
        number(report.events), number(report.differenceCount)])
        + (report.differenceCount === 0 ? ' ' + t('consistency.none') : '');
      summary.className = report.differenceCount === 0 ? 'alert ok' : 'alert error';
      summary.setAttribute('data-differences', report.differenceCount);
      summary.hidden = false;
      var table = byId('consistency-differences');
      var body = table.querySelector('tbody');
      body.textContent = '';
      report.differences.forEach(function (d) {
        var tr = document.createElement('tr');
        body.appendChild(tr);
        cell(tr, d.model);
        cell(tr, d.key);
        cell(tr, d.field);
        cell(tr, d.expected);
        cell(tr, d.actual);
      });
      table.hidden = report.differences.length === 0;
    }).finally(function () {
      run.disabled = false;
      run.removeAttribute('aria-busy');
      run.textContent = label;
    });
  }

  // ---- The record of administrative actions --------------------------------------------------
  function loadActions() {
    var table = byId('actions');
    loading(table, true);
    return api('GET', '/api/admin/actions?limit=50').then(function (r) {
      if (!r.ok) { showError(problemText(r.data)); return; }
      var body = table.querySelector('tbody');
      body.textContent = '';
      r.data.forEach(function (a) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-action', a.action);
        body.appendChild(tr);
        cell(tr, when(a.at));
        cell(tr, t('action.' + a.action));
        cell(tr, a.processor);
        cell(tr, a.target);
        cell(tr, a.actor + (a.role ? ' (' + t('role.' + a.role) + ')' : ''));
        cell(tr, a.reason, 'reason');
        cell(tr, a.outcome);
      });
      table.hidden = r.data.length === 0;
      byId('actions-none').hidden = r.data.length !== 0;
    }).finally(function () { loading(table, false); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var holder = byId('ops-text');
    if (!holder) { return; }
    holder.querySelectorAll('[data-k]').forEach(function (li) { text[li.getAttribute('data-k')] = li.textContent; });

    byId('reason-form').addEventListener('submit', confirmReason);
    byId('reason-cancel').addEventListener('click', function () { pending = null; byId('reason-dialog').close(); });
    byId('processors-refresh').addEventListener('click', loadProcessors);
    byId('dead-letters-refresh').addEventListener('click', loadDeadLetters);
    byId('actions-refresh').addEventListener('click', loadActions);
    byId('consistency-run').addEventListener('click', runConsistency);
    document.addEventListener('click', function (event) {
      var b = event.target.closest('button');
      if (!b) { return; }
      if (b.classList.contains('replay')) { replay(b.getAttribute('data-processor')); }
      if (b.classList.contains('retry')) { deadLetterAction('retry', b.getAttribute('data-group'), b.getAttribute('data-sequence')); }
      if (b.classList.contains('evict')) { deadLetterAction('evict', b.getAttribute('data-group'), b.getAttribute('data-sequence')); }
    });

    loadProcessors();
    loadDeadLetters();
    loadActions();
    setInterval(loadProcessors, REFRESH_MS);
  });
})();

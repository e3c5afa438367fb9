/*
 * The import screen: sends the chosen .csv or .xlsx file to the command API with the user's session
 * (and CSRF token), then shows how many reviews were opened, or the rows not imported with their
 * number and reason, or why the file as a whole was refused. Every word comes from the page
 * (data- attributes filled from the message bundle), so the script says nothing in a language of its own.
 */
(function () {
  'use strict';

  var XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, i) { return String(values[+i]); });
  }

  function element(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  /** The content type the API reads a file by, from its name (browsers differ on .csv's own type). */
  function typeOf(file) {
    var name = file.name.toLowerCase();
    if (/\.xlsx$/.test(name)) { return XLSX; }
    if (/\.(csv|txt)$/.test(name)) { return 'text/csv'; }
    return null;
  }

  function fieldError(form, message) {
    var holder = form.querySelector('[data-for="file"]');
    holder.textContent = message || '';
    var input = form.querySelector('#file');
    if (message) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
  }

  function showRefusal(form, box, problem) {
    var alert = element('div', null, 'alert error');
    alert.id = 'import-refused';
    alert.appendChild(element('p', form.getAttribute('data-failed')));
    var detail = problem && (problem.detail || (problem.errors && problem.errors.length && problem.errors[0].message));
    if (detail) { alert.appendChild(element('span', detail)); }
    box.appendChild(alert);
  }

  function showAnswer(form, box, answer, cycleId) {
    var ok = element('div', null, 'alert ok');
    ok.id = 'import-done';
    var created = element('p', fill(form.getAttribute('data-created'), [answer.created, answer.existing]));
    created.setAttribute('data-created', answer.created);
    created.setAttribute('data-existing', answer.existing);
    ok.appendChild(created);
    var link = element('a', form.getAttribute('data-to-dashboard'));
    link.href = form.getAttribute('data-dashboard') + '?cycleId=' + encodeURIComponent(cycleId);
    ok.appendChild(link);
    box.appendChild(ok);
    var rejected = answer.rejected || [];
    if (!rejected.length) { return; }
    var section = element('div', null, 'alert error');
    section.appendChild(element('p', fill(form.getAttribute('data-rejected'), [rejected.length])));
    var wrap = element('div', null, 'table-wrap');
    var table = element('table', null, 'list');
    table.id = 'import-rejected';
    var head = element('tr');
    head.appendChild(element('th', form.getAttribute('data-col-line'))).setAttribute('scope', 'col');
    head.appendChild(element('th', form.getAttribute('data-col-reason'))).setAttribute('scope', 'col');
    table.appendChild(element('thead')).appendChild(head);
    var body = table.appendChild(element('tbody'));
    rejected.forEach(function (r) {
      var tr = element('tr');
      tr.setAttribute('data-line', r.line);
      tr.appendChild(element('th', r.line, 'n')).setAttribute('scope', 'row');
      tr.appendChild(element('td', r.reason));
      body.appendChild(tr);
    });
    wrap.appendChild(table);
    section.appendChild(wrap);
    box.appendChild(section);
  }

  function submit(event) {
    event.preventDefault();
    var form = event.currentTarget;
    var box = document.getElementById('import-result');
    box.textContent = '';
    fieldError(form, null);
    var input = form.querySelector('#file');
    var file = input.files && input.files[0];
    if (!file) { fieldError(form, form.getAttribute('data-no-file')); input.focus(); return; }
    var type = typeOf(file);
    if (!type) { fieldError(form, form.getAttribute('data-bad-type')); input.focus(); return; }
    var cycleId = form.querySelector('#cycleId').value;

    var button = form.querySelector('button[type="submit"]');
    var label = button.textContent;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    button.textContent = form.getAttribute('data-sending');
    var headers = {
      'Content-Type': type,
      'Accept': 'application/json, application/problem+json',
      // The API answers in the page's language, not the browser's.
      'Accept-Language': document.documentElement.lang || 'vi'
    };
    var token = meta('_csrf');
    if (token) { headers[meta('_csrf_header') || 'X-CSRF-TOKEN'] = token; }
    fetch(form.getAttribute('data-api') + encodeURIComponent(cycleId) + '/reviews/import', {
      method: 'POST', credentials: 'same-origin', headers: headers, body: file
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.ok) { showAnswer(form, box, json, cycleId); } else { showRefusal(form, box, json); }
      });
    }).catch(function () {
      showRefusal(form, box, null);
    }).finally(function () {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      button.textContent = label;
      box.focus();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('import-form');
    if (form) { form.addEventListener('submit', submit); }
  });
})();

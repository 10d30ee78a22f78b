// Staff workspace scripts: the test chat against the draft, and the report charts.
(function () {
  'use strict';
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  var chat = document.getElementById('preview-chat');
  if (chat) {
    var log = chat.querySelector('.chat');
    var form = chat.querySelector('form');
    var input = form.querySelector('input[name="text"]');
    var send = function (body, shown) {
      log.appendChild(el('div', 'me', shown));
      fetch('/api/admin/content/preview', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify(body),
      })
        .then(function (res) {
          return res.json().then(function (data) {
            return { ok: res.ok, data: data };
          });
        })
        .then(function (r) {
          if (!r.ok) {
            log.appendChild(el('div', 'bot', r.data.message || 'Không xem thử được.'));
            return;
          }
          r.data.replies.forEach(function (reply) {
            var bubble = el('div', 'bot', reply.text);
            if (reply.buttons && reply.buttons.length) {
              var row = el('div', 'buttons');
              reply.buttons.forEach(function (b) {
                var btn = el('button', 'secondary', b.label);
                btn.type = 'button';
                btn.addEventListener('click', function () {
                  send({ payload: b.payload }, b.label);
                });
                row.appendChild(btn);
              });
              bubble.appendChild(row);
            }
            log.appendChild(bubble);
          });
          log.scrollTop = log.scrollHeight;
        })
        .catch(function () {
          log.appendChild(el('div', 'bot', 'Mất kết nối, vui lòng thử lại.'));
        });
    };
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) return;
      input.value = '';
      send({ text: text }, text);
    });
  }

  var data = document.getElementById('report-data');
  if (data && window.Chart) {
    var report = JSON.parse(data.textContent);
    (report.charts || []).forEach(function (spec) {
      var canvas = document.getElementById(spec.canvas);
      if (!canvas) return;
      new window.Chart(canvas, {
        type: spec.type,
        data: { labels: spec.labels, datasets: spec.datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { position: 'bottom' } },
          scales:
            spec.type === 'doughnut'
              ? {}
              : {
                  x: { stacked: !!spec.stacked },
                  y: { stacked: !!spec.stacked, beginAtZero: true, ticks: { precision: 0 } },
                },
        },
      });
      canvas.setAttribute('data-rendered', 'true');
    });
  }
})();

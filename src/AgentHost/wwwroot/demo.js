/* The demo page: lists the host's agents with their embed snippets, and mounts the widget for the one being tried. */
(function () {
  'use strict';

  var base = new URL('.', document.currentScript.src);
  var list = document.getElementById('agents');
  var status = document.getElementById('demo-status');
  var warning = document.getElementById('demo-warning');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function snippet(id) {
    return '<script src="' + new URL('widget.js', base).href + '"\n        data-agent="' + id +
      '" data-locale="zh-CN"\n        data-token="<token signed by your portal>"></script>';
  }

  function tryAgent(id) {
    if (!window.AgentHost || !window.AgentHost.mount) {
      return;
    }
    window.AgentHost.unmount();
    window.AgentHost.mount({ agent: id, locale: document.documentElement.getAttribute('data-locale') || undefined }).open();
    Array.prototype.forEach.call(document.querySelectorAll('.demo-try'), function (button) {
      button.setAttribute('aria-pressed', button.getAttribute('data-agent') === id ? 'true' : 'false');
    });
  }

  function card(agent) {
    var article = el('article', 'demo-agent');
    article.setAttribute('data-agent', agent.id);
    var head = el('div', 'demo-agent-head');
    head.appendChild(el('h2', null, agent.name));
    head.appendChild(el('code', 'demo-id', agent.id));
    article.appendChild(head);
    article.appendChild(el('p', 'demo-description', agent.description));
    var actions = el('div', 'demo-actions');
    var tryIt = el('button', 'demo-try', 'Try it here 在本页试用');
    tryIt.type = 'button';
    tryIt.setAttribute('data-agent', agent.id);
    tryIt.setAttribute('aria-pressed', 'false');
    tryIt.addEventListener('click', function () { tryAgent(agent.id); });
    actions.appendChild(tryIt);
    var page = el('a', 'demo-page-link', 'Full page 全屏聊天');
    page.href = new URL('chat/' + encodeURIComponent(agent.id), base).href;
    actions.appendChild(page);
    article.appendChild(actions);
    var code = el('pre', 'demo-snippet');
    code.appendChild(el('code', null, snippet(agent.id)));
    article.appendChild(code);
    var copy = el('button', 'demo-copy', 'Copy snippet 复制代码');
    copy.type = 'button';
    copy.addEventListener('click', function () {
      if (navigator.clipboard) {
        navigator.clipboard.writeText(snippet(agent.id)).then(function () { copy.textContent = 'Copied 已复制'; });
      }
    });
    article.appendChild(copy);
    return article;
  }

  fetch(new URL('api/info', base).href, { headers: { accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (info) {
      if (info && info.warning) {
        warning.textContent = info.warning;
        warning.hidden = false;
      }
    })
    .catch(function () { /* the agent list below reports the failure */ });

  fetch(new URL('api/agents', base).href, { headers: { accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw response;
      }
      return response.json();
    })
    .then(function (agents) {
      status.hidden = true;
      agents.forEach(function (agent) { list.appendChild(card(agent)); });
      if (agents.length) {
        window.AgentHost.unmount();
        window.AgentHost.mount({ agent: agents[0].id });
      }
    })
    .catch(function (response) {
      status.textContent = response && (response.status === 401 || response.status === 403)
        ? 'This host lists its agents only to this machine or to callers with an API key (HTTP ' + response.status + ').'
        : 'The agents could not be loaded.';
    });
})();

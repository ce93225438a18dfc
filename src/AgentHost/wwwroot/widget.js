/*
 * AgentHost patient chat widget.
 *
 *   <script src="https://host/widget.js" data-agent="child-growth" data-token="…" data-locale="zh-CN"></script>
 *
 * adds a launcher button and a chat panel (in a shadow root, so neither page's styles leak into the other).
 * data-mode="page" fills the page instead (the host's /chat/{agent} pages for app web views). window.AgentHost opens,
 * closes and mounts widgets and takes a fresh token. Every file and request goes to the host this script came from:
 * no CDN, no third party, no analytics.
 *
 * Text from the model, the knowledge base and the patient is only ever put into the page as text nodes; the Markdown
 * renderer builds elements itself, and links are kept only for http, https, mailto and tel addresses.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }

  var BASE = new URL('.', script.src);
  var VERSION = '1';

  var TEXT = {
    zh: {
      open: '打开健康咨询助手',
      close: '关闭对话窗口',
      minimize: '收起',
      ai: 'AI',
      disclosure: '您正在与 AI 助手对话，它不是医生或真人。回答仅供参考，不能替代医生面诊。',
      inputLabel: '输入您的问题',
      placeholder: '请输入您的问题…',
      send: '发送',
      typing: '助手正在回复',
      queued: '助手正忙，{s} 秒后自动重试…',
      rateLimited: '消息发送太频繁，{s} 秒后自动重试…',
      offline: '网络连接中断，消息未发出。',
      lostMidway: '网络连接中断，回答没有完整收到。',
      retry: '重试',
      sessionFull: '这次对话已经很长了，请开始新的对话。',
      newChat: '开始新对话',
      tokenExpired: '登录已过期，请刷新页面后继续。',
      notAllowed: '当前账号不能使用这个助手。',
      tooLong: '消息太长了，请分几次发送。',
      failed: '出了点问题，请稍后再试。',
      unavailable: '助手暂时无法使用，请稍后再试。',
      loading: '正在连接…',
      crisisTitle: '如果您或身边的人有危险，请现在就打电话：',
      hospital: '医院联系方式',
      hotlines: { emergency: '急救电话', crisis: '心理援助热线', police: '报警电话' },
      sources: '参考资料',
      source: '来源',
      section: '章节',
      date: '日期',
      toolFailed: '这次计算没有完成（输入的数据可能不完整或超出范围）。',
      forget: '删除这次对话',
      forgetConfirm: '删除后，这次对话的内容将从服务器上移除，无法恢复。确定删除吗？',
      forgetYes: '删除',
      forgetNo: '取消',
      forgotten: '对话已删除。',
      disclaimer: '免责声明',
      notices: { ai_disclosure: 'AI 说明', break_reminder: '休息一下' },
      you: '我',
      assistant: '助手',
      z: 'Z 值',
      percentile: '百分位',
      classification: '评估',
      tools: {
        growth_assess: '生长评估',
        mid_parental_height: '遗传靶身高',
        growth_velocity: '生长速度',
        valve_echo_assess: '瓣膜超声评估',
        inr_check: 'INR 检查',
        phq_a_score: 'PHQ-A 抑郁筛查',
        gad7_score: 'GAD-7 焦虑筛查',
        asq_screen: 'ASQ 自杀风险筛查',
        cssrs_screen: 'C-SSRS 筛查'
      },
      indicators: {
        weight_for_age: '年龄别体重',
        length_height_for_age: '年龄别身长/身高',
        bmi_for_age: '年龄别 BMI',
        weight_for_length_height: '身长/身高别体重',
        head_circumference_for_age: '年龄别头围',
        arm_circumference_for_age: '年龄别上臂围',
        triceps_skinfold_for_age: '年龄别三头肌皮褶',
        subscapular_skinfold_for_age: '年龄别肩胛下皮褶'
      }
    },
    en: {
      open: 'Open the health assistant',
      close: 'Close the chat',
      minimize: 'Minimise',
      ai: 'AI',
      disclosure: 'You are chatting with an AI assistant, not a doctor or a person. Its answers are for information only and do not replace seeing a doctor.',
      inputLabel: 'Type your question',
      placeholder: 'Type your question…',
      send: 'Send',
      typing: 'The assistant is replying',
      queued: 'The assistant is busy; trying again in {s} s…',
      rateLimited: 'Too many messages; trying again in {s} s…',
      offline: 'The connection was lost; your message was not sent.',
      lostMidway: 'The connection was lost before the answer was complete.',
      retry: 'Retry',
      sessionFull: 'This conversation is very long; please start a new one.',
      newChat: 'Start a new conversation',
      tokenExpired: 'Your sign-in has expired; please reload the page to go on.',
      notAllowed: 'Your account cannot use this assistant.',
      tooLong: 'That message is too long; please send it in parts.',
      failed: 'Something went wrong; please try again later.',
      unavailable: 'The assistant is not available right now; please try again later.',
      loading: 'Connecting…',
      crisisTitle: 'If you or someone near you is in danger, call now:',
      hospital: 'Hospital contact',
      hotlines: { emergency: 'Ambulance', crisis: 'Crisis line', police: 'Police' },
      sources: 'Sources',
      source: 'Source',
      section: 'Section',
      date: 'Date',
      toolFailed: 'This calculation did not complete (the data may be incomplete or out of range).',
      forget: 'Delete this conversation',
      forgetConfirm: 'Deleting removes this conversation from the server for good. Delete it?',
      forgetYes: 'Delete',
      forgetNo: 'Cancel',
      forgotten: 'The conversation was deleted.',
      disclaimer: 'Disclaimer',
      notices: { ai_disclosure: 'About this assistant', break_reminder: 'Time for a break' },
      you: 'You',
      assistant: 'Assistant',
      z: 'Z-score',
      percentile: 'Percentile',
      classification: 'Result',
      tools: {
        growth_assess: 'Growth assessment',
        mid_parental_height: 'Target height',
        growth_velocity: 'Growth velocity',
        valve_echo_assess: 'Valve echo assessment',
        inr_check: 'INR check',
        phq_a_score: 'PHQ-A depression screen',
        gad7_score: 'GAD-7 anxiety screen',
        asq_screen: 'ASQ suicide-risk screen',
        cssrs_screen: 'C-SSRS screen'
      },
      indicators: {
        weight_for_age: 'Weight-for-age',
        length_height_for_age: 'Length/height-for-age',
        bmi_for_age: 'BMI-for-age',
        weight_for_length_height: 'Weight-for-length/height',
        head_circumference_for_age: 'Head circumference-for-age',
        arm_circumference_for_age: 'Arm circumference-for-age',
        triceps_skinfold_for_age: 'Triceps skinfold-for-age',
        subscapular_skinfold_for_age: 'Subscapular skinfold-for-age'
      }
    }
  };

  var ICONS = {
    chat: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
    close: 'M6 6l12 12M18 6L6 18',
    send: 'M3 11l18-8-8 18-2-8-8-2z',
    trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
    phone: 'M5 3h4l2 5-3 2a12 12 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A18 18 0 0 1 3 5a2 2 0 0 1 2-2z'
  };

  // ---------------------------------------------------------------- helpers

  function uiLanguage(locale) {
    var candidates = [locale].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < candidates.length; i++) {
      var tag = (candidates[i] || '').toLowerCase();
      if (tag.indexOf('zh') === 0) {
        return 'zh';
      }
      if (tag.indexOf('en') === 0) {
        return 'en';
      }
    }
    return 'zh';
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function icon(name) {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', ICONS[name]);
    svg.appendChild(path);
    return svg;
  }

  function format(template, seconds) {
    return template.replace('{s}', String(seconds));
  }

  function retryAfterSeconds(response) {
    var value = parseInt(response.headers.get('retry-after') || '', 10);
    return isFinite(value) && value > 0 ? Math.min(value, 120) : 5;
  }

  function storage() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null; // Storage blocked (private mode, sandboxed frame): the conversation lasts as long as the page.
    }
  }

  /** Only web, mail and phone links survive; anything else (javascript:, data:, vbscript:, relative) is shown as text. */
  function safeHref(raw) {
    var href = String(raw || '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
    if (/^tel:[+\d][\d\-\s().]*$/i.test(href) || /^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(href)) {
      return href;
    }
    if (!/^https?:\/\//i.test(href)) {
      return null;
    }
    try {
      var url = new URL(href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- Markdown (a safe subset, built as DOM)

  /** A link that opens in a new tab, or — for an address safeHref refuses — a span that only shows the words. */
  function linkTo(raw) {
    var href = safeHref(raw);
    if (!href) {
      return el('span', 'ah-link-inert');
    }
    var link = el('a', 'ah-link');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer nofollow';
    return link;
  }

  var INLINE = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*([\s\S]+?)\*\*|__([\s\S]+?)__|\*(?!\s)([^*]+?)\*|(?<!\w)_(?!\s)([^_]+?)_(?!\w)|\[([^\]\n]+)\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))*)>?(?:\s+"[^"]*")?\s*\)|\[(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\](?!\()|(https?:\/\/[^\s<>()\u3000-\u303f\uff01-\uff5e]+[^\s<>()\u3000-\u303f\uff01-\uff5e.,;:!?'"])/g;

  function renderInline(text, parent, context) {
    var last = 0;
    var match;
    var pattern = new RegExp(INLINE.source, 'g');
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (match.index > last) {
        parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      }
      last = match.index + match[0].length;
      if (match[1]) {
        parent.appendChild(el('code', null, match[2]));
      } else if (match[3] !== undefined || match[4] !== undefined) {
        var strong = el('strong');
        renderInline(match[3] !== undefined ? match[3] : match[4], strong, context);
        parent.appendChild(strong);
      } else if (match[5] !== undefined || match[6] !== undefined) {
        var em = el('em');
        renderInline(match[5] !== undefined ? match[5] : match[6], em, context);
        parent.appendChild(em);
      } else if (match[7] !== undefined) {
        var link = linkTo(match[8]);
        renderInline(match[7], link, context);
        parent.appendChild(link);
      } else if (match[9] !== undefined) {
        renderCitationMarker(match[0], match[9], parent, context);
      } else if (match[10] !== undefined) {
        parent.appendChild(linkTo(match[10])).textContent = match[10];
      }
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  function renderCitationMarker(whole, list, parent, context) {
    var numbers = list.split(/\s*[,，、]\s*/).map(Number);
    var known = context && context.citation ? numbers.filter(function (n) { return context.citation(n); }) : [];
    if (known.length !== numbers.length) {
      parent.appendChild(document.createTextNode(whole));
      return;
    }
    var sup = el('sup', 'ah-cite-refs');
    numbers.forEach(function (n) {
      var ref = el('button', 'ah-cite-ref', String(n));
      ref.type = 'button';
      ref.setAttribute('aria-label', context.citationLabel(n));
      ref.addEventListener('click', function () { context.showCitation(n); });
      sup.appendChild(ref);
    });
    parent.appendChild(sup);
  }

  function renderParagraph(lines, parent, context) {
    var p = el('p');
    lines.forEach(function (line, i) {
      if (i > 0) {
        p.appendChild(el('br'));
      }
      renderInline(line, p, context);
    });
    parent.appendChild(p);
  }

  function splitRow(line) {
    var trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    return trimmed.split('|').map(function (cell) { return cell.trim(); });
  }

  /** Renders Markdown text into a DocumentFragment. Never parses HTML: tags in the text stay text. */
  function renderMarkdown(text, context) {
    var fragment = document.createDocumentFragment();
    var lines = String(text || '').replace(/\r\n?/g, '\n').split('\n');
    var i = 0;
    var paragraph = [];

    function flush() {
      if (paragraph.length) {
        renderParagraph(paragraph, fragment, context);
        paragraph = [];
      }
    }

    while (i < lines.length) {
      var line = lines[i];
      var fence = /^\s*(```|~~~)/.exec(line);
      if (fence) {
        flush();
        var code = [];
        i++;
        while (i < lines.length && lines[i].trim().indexOf(fence[1]) !== 0) {
          code.push(lines[i]);
          i++;
        }
        i++;
        var pre = el('pre');
        pre.appendChild(el('code', null, code.join('\n')));
        fragment.appendChild(pre);
        continue;
      }
      if (/^\s*$/.test(line)) {
        flush();
        i++;
        continue;
      }
      var heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        flush();
        var h = el('h' + Math.min(6, heading[1].length + 2), 'ah-heading');
        renderInline(heading[2], h, context);
        fragment.appendChild(h);
        i++;
        continue;
      }
      if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
        flush();
        fragment.appendChild(el('hr'));
        i++;
        continue;
      }
      if (/^\s{0,3}>/.test(line)) {
        flush();
        var quoted = [];
        while (i < lines.length && /^\s{0,3}>/.test(lines[i])) {
          quoted.push(lines[i].replace(/^\s{0,3}>\s?/, ''));
          i++;
        }
        var quote = el('blockquote');
        quote.appendChild(renderMarkdown(quoted.join('\n'), context));
        fragment.appendChild(quote);
        continue;
      }
      if (line.indexOf('|') >= 0 && i + 1 < lines.length && /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(lines[i + 1])) {
        flush();
        var table = el('table');
        var head = el('thead');
        var headRow = el('tr');
        splitRow(line).forEach(function (cell) {
          var th = el('th');
          renderInline(cell, th, context);
          headRow.appendChild(th);
        });
        head.appendChild(headRow);
        table.appendChild(head);
        var body = el('tbody');
        i += 2;
        while (i < lines.length && lines[i].indexOf('|') >= 0 && !/^\s*$/.test(lines[i])) {
          var row = el('tr');
          splitRow(lines[i]).forEach(function (cell) {
            var td = el('td');
            renderInline(cell, td, context);
            row.appendChild(td);
          });
          body.appendChild(row);
          i++;
        }
        table.appendChild(body);
        var scroller = el('div', 'ah-table');
        scroller.appendChild(table);
        fragment.appendChild(scroller);
        continue;
      }
      var item = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
      if (item) {
        flush();
        var ordered = /\d/.test(item[1]);
        var list = el(ordered ? 'ol' : 'ul');
        if (ordered && parseInt(item[1], 10) !== 1) {
          list.start = parseInt(item[1], 10);
        }
        while (i < lines.length) {
          var next = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/.exec(lines[i]);
          if (next && /\d/.test(next[1]) === ordered) {
            var li = el('li');
            renderInline(next[2], li, context);
            list.appendChild(li);
            i++;
          } else if (!next && /^\s{2,}\S/.test(lines[i]) && list.lastChild) {
            list.lastChild.appendChild(el('br'));
            renderInline(lines[i].trim(), list.lastChild, context);
            i++;
          } else {
            break;
          }
        }
        fragment.appendChild(list);
        continue;
      }
      paragraph.push(line);
      i++;
    }
    flush();
    return fragment;
  }

  // ---------------------------------------------------------------- server-sent events over fetch

  function parseEvent(block) {
    var name = 'message';
    var data = [];
    block.split('\n').forEach(function (line) {
      if (!line || line.charAt(0) === ':') {
        return; // keep-alive comment
      }
      var colon = line.indexOf(':');
      var field = colon < 0 ? line : line.slice(0, colon);
      var value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') {
        name = value;
      } else if (field === 'data') {
        data.push(value);
      }
    });
    if (!data.length) {
      return null;
    }
    try {
      return { event: name, data: JSON.parse(data.join('\n')) };
    } catch (e) {
      return null;
    }
  }

  function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          return;
        }
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, '\n');
        var end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          var parsed = parseEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (parsed) {
            onEvent(parsed);
          }
        }
        return pump();
      });
    }
    return pump();
  }

  // ---------------------------------------------------------------- the widget

  function Widget(options) {
    this.agent = options.agent;
    this.token = options.token || null;
    this.locale = options.locale || null;
    this.lang = uiLanguage(options.locale);
    this.t = TEXT[this.lang];
    this.mode = options.mode === 'page' ? 'page' : 'launcher';
    this.sessionKey = 'agenthost:' + VERSION + ':' + BASE.href + ':' + this.agent;
    this.sessionId = null;
    this.info = null;
    this.busy = false;
    this.pending = null;
    this.citations = {};
    this.turns = 0;
    this.build();
    var store = storage();
    if (this.mode === 'page' || (store && store.getItem(this.sessionKey + ':open') === '1')) {
      this.open();
    }
  }

  Widget.prototype.build = function () {
    var t = this.t;
    var self = this;
    this.host = el('div', 'agenthost-widget');
    this.host.setAttribute('data-agent', this.agent);
    this.host.style.display = 'none'; // until the stylesheet has loaded: no flash of unstyled controls
    var shadow = this.host.attachShadow({ mode: 'open' });
    var css = el('link');
    css.rel = 'stylesheet';
    css.href = new URL('widget.css', BASE).href;
    css.addEventListener('load', function () { self.host.style.display = ''; });
    css.addEventListener('error', function () { self.host.style.display = ''; });
    shadow.appendChild(css);

    var root = el('div', 'ah-root ah-mode-' + this.mode);
    root.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    shadow.appendChild(root);
    this.root = root;

    var panelId = 'ah-panel';
    if (this.mode === 'launcher') {
      this.launcher = el('button', 'ah-launcher');
      this.launcher.type = 'button';
      this.launcher.setAttribute('aria-label', t.open);
      this.launcher.setAttribute('aria-expanded', 'false');
      this.launcher.setAttribute('aria-controls', panelId);
      this.launcher.appendChild(icon('chat'));
      this.launcher.addEventListener('click', function () { self.toggle(); });
      root.appendChild(this.launcher);
    }

    var panel = el('section', 'ah-panel');
    panel.id = panelId;
    panel.setAttribute('role', this.mode === 'page' ? 'main' : 'dialog');
    panel.setAttribute('aria-labelledby', 'ah-title');
    panel.hidden = true;
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && self.mode === 'launcher') {
        self.close();
        self.launcher.focus();
      }
    });
    this.panel = panel;

    var header = el('header', 'ah-header');
    var heading = el('div', 'ah-heading-row');
    heading.appendChild(el('span', 'ah-badge', t.ai));
    this.title = el('h2', 'ah-title', '');
    this.title.id = 'ah-title';
    heading.appendChild(this.title);
    header.appendChild(heading);
    this.forgetButton = this.iconButton('trash', t.forget, function () { self.confirmForget(); });
    header.appendChild(this.forgetButton);
    if (this.mode === 'launcher') {
      header.appendChild(this.iconButton('close', t.close, function () { self.close(); self.launcher.focus(); }));
    }
    panel.appendChild(header);

    panel.appendChild(el('p', 'ah-disclosure', t.disclosure)).setAttribute('role', 'note');

    this.crisis = el('div', 'ah-crisis');
    this.crisis.setAttribute('role', 'alert');
    this.crisis.hidden = true;
    panel.appendChild(this.crisis);

    this.log = el('div', 'ah-log');
    this.log.setAttribute('role', 'log');
    this.log.setAttribute('aria-live', 'polite');
    this.log.setAttribute('aria-label', this.lang === 'zh' ? '对话内容' : 'Conversation');
    this.log.tabIndex = 0;
    panel.appendChild(this.log);

    this.status = el('div', 'ah-status');
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    panel.appendChild(this.status);

    var form = el('form', 'ah-composer');
    var label = el('label', 'ah-visually-hidden', t.inputLabel);
    label.htmlFor = 'ah-input';
    this.input = el('textarea', 'ah-input');
    this.input.id = 'ah-input';
    this.input.rows = 1;
    this.input.placeholder = t.placeholder;
    this.input.setAttribute('enterkeyhint', 'send');
    this.input.addEventListener('keydown', function (event) {
      // Enter sends, Shift+Enter breaks the line; never while an input method is still composing (Chinese input).
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        self.submit();
      }
    });
    this.input.addEventListener('input', function () { self.autosize(); });
    this.sendButton = el('button', 'ah-send');
    this.sendButton.type = 'submit';
    this.sendButton.setAttribute('aria-label', t.send);
    this.sendButton.appendChild(icon('send'));
    form.appendChild(label);
    form.appendChild(this.input);
    form.appendChild(this.sendButton);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.submit();
    });
    panel.appendChild(form);

    this.footer = el('footer', 'ah-disclaimer');
    this.footer.setAttribute('aria-label', t.disclaimer);
    this.footer.hidden = true;
    panel.appendChild(this.footer);

    root.appendChild(panel);

    window.addEventListener('online', function () {
      if (self.pending && self.pending.lost) {
        self.retry();
      }
    });

    var attach = function () { document.body.appendChild(self.host); };
    if (document.body) {
      attach();
    } else {
      document.addEventListener('DOMContentLoaded', attach);
    }
  };

  Widget.prototype.iconButton = function (name, label, onClick) {
    var button = el('button', 'ah-icon-button');
    button.type = 'button';
    button.setAttribute('aria-label', label);
    button.title = label;
    button.appendChild(icon(name));
    button.addEventListener('click', onClick);
    return button;
  };

  Widget.prototype.autosize = function () {
    this.input.style.height = 'auto';
    this.input.style.height = Math.min(this.input.scrollHeight, 140) + 'px';
  };

  Widget.prototype.isOpen = function () {
    return !this.panel.hidden;
  };

  Widget.prototype.open = function () {
    this.panel.hidden = false;
    this.root.classList.add('ah-open');
    if (this.launcher) {
      this.launcher.setAttribute('aria-expanded', 'true');
    }
    var store = storage();
    if (store && this.mode === 'launcher') {
      store.setItem(this.sessionKey + ':open', '1');
    }
    this.start();
    if (this.mode === 'launcher') {
      this.input.focus();
    }
    window.dispatchEvent(new CustomEvent('agenthost:open', { detail: { agent: this.agent } }));
  };

  Widget.prototype.close = function () {
    if (this.mode === 'page') {
      return;
    }
    this.panel.hidden = true;
    this.root.classList.remove('ah-open');
    this.launcher.setAttribute('aria-expanded', 'false');
    var store = storage();
    if (store) {
      store.removeItem(this.sessionKey + ':open');
    }
    window.dispatchEvent(new CustomEvent('agenthost:close', { detail: { agent: this.agent } }));
  };

  Widget.prototype.toggle = function () {
    if (this.isOpen()) {
      this.close();
    } else {
      this.open();
    }
  };

  Widget.prototype.destroy = function () {
    this.host.remove();
  };

  Widget.prototype.setToken = function (token) {
    this.token = token || null;
    if (this.pending && this.pending.expired) {
      this.retry();
    } else if (this.failedStart) {
      this.started = null;
      this.start();
    }
  };

  // ---------------------------------------------------------------- HTTP

  Widget.prototype.request = function (method, path, body, accept) {
    var headers = { accept: accept || 'application/json' };
    if (this.token) {
      headers.authorization = 'Bearer ' + this.token;
    }
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    return fetch(new URL(path, BASE).href, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store'
    });
  };

  Widget.prototype.agentPath = function (rest) {
    return 'api/agents/' + encodeURIComponent(this.agent) + (rest || '');
  };

  Widget.prototype.start = function () {
    if (this.started) {
      return this.started;
    }
    var self = this;
    this.failedStart = false;
    this.setStatus(this.t.loading);
    this.started = this.loadInfo()
      .then(function () { return self.restoreOrCreate(); })
      .then(function () { self.setStatus(''); })
      .catch(function (error) {
        self.failedStart = true;
        self.started = null;
        self.showProblem(error && error.status ? error : { status: 0 });
      });
    return this.started;
  };

  Widget.prototype.loadInfo = function () {
    var self = this;
    var query = this.locale ? '?locale=' + encodeURIComponent(this.locale) : '?locale=' + this.lang;
    return this.request('GET', 'api/agents' + query).then(function (response) {
      if (!response.ok) {
        throw response;
      }
      return response.json();
    }).then(function (agents) {
      var info = agents.filter(function (a) { return a.id === self.agent; })[0];
      if (!info) {
        throw { status: 404 };
      }
      self.info = info;
      self.title.textContent = info.name;
      if (self.launcher) {
        self.launcher.setAttribute('aria-label', self.t.open + '：' + info.name);
      }
      if (self.mode === 'page') {
        document.title = info.name;
      }
      self.footer.replaceChildren(renderMarkdown(info.disclaimer || ''));
      self.footer.hidden = !info.disclaimer;
    });
  };

  Widget.prototype.restoreOrCreate = function () {
    var self = this;
    var store = storage();
    var saved = store && store.getItem(this.sessionKey);
    if (!saved) {
      return this.createSession();
    }
    return this.request('GET', this.agentPath('/sessions/' + encodeURIComponent(saved))).then(function (response) {
      if (response.status === 404) {
        store.removeItem(self.sessionKey);
        return self.createSession();
      }
      if (!response.ok) {
        throw response;
      }
      return response.json().then(function (history) {
        self.sessionId = history.session_id;
        self.renderHistory(history);
      });
    });
  };

  Widget.prototype.createSession = function () {
    var self = this;
    var body = this.locale ? { locale: this.locale } : { locale: this.lang };
    return this.request('POST', this.agentPath('/sessions'), body).then(function (response) {
      if (!response.ok) {
        throw response;
      }
      return response.json();
    }).then(function (created) {
      self.sessionId = created.session_id;
      var store = storage();
      if (store) {
        store.setItem(self.sessionKey, created.session_id);
      }
      self.log.replaceChildren();
      self.citations = {};
      self.turns = 0;
      self.addGreeting(created.greeting);
    });
  };

  // ---------------------------------------------------------------- rendering

  Widget.prototype.scrollToEnd = function () {
    this.log.scrollTop = this.log.scrollHeight;
  };

  Widget.prototype.addGreeting = function (text) {
    if (text) {
      this.addAssistant().setText(text, true);
    }
  };

  Widget.prototype.addUser = function (text) {
    var row = el('div', 'ah-msg ah-user');
    row.appendChild(el('span', 'ah-visually-hidden', this.t.you + '：'));
    row.appendChild(el('div', 'ah-bubble', text));
    this.log.appendChild(row);
    this.scrollToEnd();
    return row;
  };

  Widget.prototype.addNotice = function (kind, text) {
    var notice = el('div', 'ah-notice ah-notice-' + kind.replace(/[^a-z_]/g, ''));
    notice.setAttribute('role', 'note');
    notice.appendChild(el('strong', 'ah-notice-title', this.t.notices[kind] || ''));
    var body = el('div', 'ah-md');
    body.appendChild(renderMarkdown(text));
    notice.appendChild(body);
    this.log.appendChild(notice);
    this.scrollToEnd();
  };

  /** An answer bubble: text rendered as Markdown as it streams, then its tool cards and citation chips. */
  Widget.prototype.addAssistant = function () {
    var self = this;
    var row = el('div', 'ah-msg ah-assistant');
    row.appendChild(el('span', 'ah-visually-hidden', this.t.assistant + '：'));
    var bubble = el('div', 'ah-bubble');
    var tools = el('div', 'ah-tools');
    var content = el('div', 'ah-md');
    var chips = el('div', 'ah-chips');
    chips.hidden = true;
    var detail = el('div', 'ah-cite-detail');
    detail.hidden = true;
    bubble.appendChild(tools);
    bubble.appendChild(content);
    bubble.appendChild(chips);
    bubble.appendChild(detail);
    row.appendChild(bubble);
    this.log.appendChild(row);
    var reply = {
      row: row,
      text: '',
      citations: {},
      scheduled: false,
      context: {
        citation: function (n) { return reply.citations[n]; },
        citationLabel: function (n) { return self.t.sources + ' ' + n + (reply.citations[n] ? '：' + reply.citations[n].title : ''); },
        showCitation: function (n) { self.toggleCitation(reply, n); }
      },
      render: function () {
        reply.scheduled = false;
        content.replaceChildren(renderMarkdown(reply.text, reply.context));
        self.scrollToEnd();
      },
      append: function (text) {
        reply.text += text;
        if (!reply.scheduled) {
          reply.scheduled = true;
          requestAnimationFrame(reply.render);
        }
      },
      setText: function (text, now) {
        reply.text = text;
        if (now) {
          reply.render();
        } else {
          reply.append('');
        }
      },
      busy: function (isBusy) {
        row.setAttribute('aria-busy', isBusy ? 'true' : 'false');
      },
      addCitation: function (citation) {
        if (!citation || !citation.number || reply.citations[citation.number]) {
          return;
        }
        reply.citations[citation.number] = citation;
        var chip = el('button', 'ah-chip');
        chip.type = 'button';
        chip.setAttribute('aria-expanded', 'false');
        chip.setAttribute('data-number', String(citation.number));
        chip.appendChild(el('span', 'ah-chip-number', String(citation.number)));
        chip.appendChild(el('span', 'ah-chip-title', citation.title || citation.document_id));
        chip.addEventListener('click', function () { self.toggleCitation(reply, citation.number); });
        chips.appendChild(chip);
        chips.hidden = false;
        if (chips.childNodes.length === 1) {
          chips.setAttribute('aria-label', self.t.sources);
        }
      },
      addTool: function (tool) {
        tools.appendChild(self.toolCard(tool));
        self.scrollToEnd();
      },
      chips: chips,
      detail: detail
    };
    this.scrollToEnd();
    return reply;
  };

  Widget.prototype.toggleCitation = function (reply, number) {
    var citation = reply.citations[number];
    if (!citation) {
      return;
    }
    var open = !reply.detail.hidden && reply.detail.getAttribute('data-number') === String(number);
    Array.prototype.forEach.call(reply.chips.querySelectorAll('.ah-chip'), function (chip) {
      chip.setAttribute('aria-expanded', !open && chip.getAttribute('data-number') === String(number) ? 'true' : 'false');
    });
    if (open) {
      reply.detail.hidden = true;
      return;
    }
    var t = this.t;
    reply.detail.replaceChildren();
    reply.detail.setAttribute('data-number', String(number));
    reply.detail.appendChild(el('strong', 'ah-cite-title', '[' + number + '] ' + (citation.title || citation.document_id)));
    var facts = el('dl', 'ah-cite-facts');
    [[t.section, citation.section], [t.source, citation.source], [t.date, citation.date]].forEach(function (pair) {
      if (pair[1]) {
        facts.appendChild(el('dt', null, pair[0]));
        facts.appendChild(el('dd', null, pair[1]));
      }
    });
    reply.detail.appendChild(facts);
    reply.detail.hidden = false;
    this.scrollToEnd();
  };

  Widget.prototype.toolCard = function (tool) {
    var t = this.t;
    var card = el('div', 'ah-tool' + (tool.failed ? ' ah-tool-failed' : ''));
    card.setAttribute('role', 'group');
    var name = t.tools[tool.name] || String(tool.name || '').replace(/_/g, ' ');
    card.setAttribute('aria-label', name);
    card.appendChild(el('div', 'ah-tool-title', name));
    var result = tool.result;
    if (tool.failed || !result || typeof result !== 'object') {
      card.appendChild(el('p', 'ah-tool-note', t.toolFailed));
      return card;
    }
    if (result.indicators && typeof result.indicators === 'object') {
      var table = el('table', 'ah-tool-table');
      var head = el('tr');
      ['', t.z, t.percentile, t.classification].forEach(function (h) { head.appendChild(el('th', null, h)); });
      var thead = el('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      var body = el('tbody');
      Object.keys(result.indicators).forEach(function (key) {
        var value = result.indicators[key] || {};
        var row = el('tr');
        row.appendChild(el('th', null, t.indicators[key] || key.replace(/_/g, ' ')));
        row.appendChild(el('td', 'ah-num', value.z !== undefined ? Number(value.z).toFixed(2) : '–'));
        row.appendChild(el('td', 'ah-num', value.percentile !== undefined ? Number(value.percentile).toFixed(1) : '–'));
        row.appendChild(el('td', value.flag ? 'ah-flag' : null, value.classification ? String(value.classification).replace(/_/g, ' ') : '–'));
        body.appendChild(row);
      });
      table.appendChild(body);
      card.appendChild(table);
    } else {
      var facts = el('dl', 'ah-tool-facts');
      Object.keys(result).filter(function (key) {
        var v = result[key];
        return key !== 'citation' && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') && String(v).length <= 80;
      }).slice(0, 8).forEach(function (key) {
        facts.appendChild(el('dt', null, key.replace(/_/g, ' ')));
        facts.appendChild(el('dd', null, String(result[key]).replace(/_/g, ' ')));
      });
      card.appendChild(facts);
    }
    if (typeof result.citation === 'string') {
      var source = el('details', 'ah-tool-source');
      source.appendChild(el('summary', null, t.source));
      source.appendChild(el('p', null, result.citation));
      card.appendChild(source);
    }
    return card;
  };

  Widget.prototype.showCrisis = function (hotlines, hospitalContact) {
    var t = this.t;
    this.crisis.replaceChildren();
    this.crisis.appendChild(el('p', 'ah-crisis-title', t.crisisTitle));
    var calls = el('div', 'ah-calls');
    (hotlines || []).forEach(function (line) {
      var number = String(line.number || '').replace(/[^\d+]/g, '');
      if (!number) {
        return;
      }
      var call = el('a', 'ah-call ah-call-' + String(line.kind).replace(/[^a-z]/g, ''));
      call.href = 'tel:' + number;
      call.appendChild(icon('phone'));
      call.appendChild(el('span', 'ah-call-label', t.hotlines[line.kind] || line.kind));
      call.appendChild(el('span', 'ah-call-number', line.number));
      calls.appendChild(call);
    });
    this.crisis.appendChild(calls);
    if (hospitalContact) {
      var hospital = el('p', 'ah-hospital');
      hospital.appendChild(el('strong', null, t.hospital + '：'));
      // Phone numbers in the configured contact become tap-to-call links; the rest stays text.
      var parts = String(hospitalContact).split(/(\+?\d[\d\-\s]{5,}\d)/);
      parts.forEach(function (part, index) {
        if (index % 2 === 1) {
          var link = el('a', 'ah-hospital-call', part);
          link.href = 'tel:' + part.replace(/[^\d+]/g, '');
          hospital.appendChild(link);
        } else if (part) {
          hospital.appendChild(document.createTextNode(part));
        }
      });
      this.crisis.appendChild(hospital);
    }
    this.crisis.hidden = false;
    this.root.classList.add('ah-escalated');
  };

  Widget.prototype.renderHistory = function (history) {
    var self = this;
    this.log.replaceChildren();
    this.turns = history.turns.length;
    this.addGreeting(this.info && this.info.greeting);
    history.turns.forEach(function (turn) {
      self.addUser(turn.user);
      var reply = self.addAssistant();
      (turn.tools || []).forEach(function (tool) { reply.addTool(tool); });
      (turn.citations || []).forEach(function (citation, index) {
        reply.addCitation({
          number: citation.number || index + 1,
          document_id: citation.document_id,
          title: citation.title,
          section: citation.section
        });
      });
      reply.setText(turn.assistant, true);
      reply.row.classList.toggle('ah-escalation', !!turn.escalation);
      if (turn.escalation) {
        self.showCrisis(turn.hotlines, turn.hospital_contact);
      }
    });
    this.scrollToEnd();
  };

  // ---------------------------------------------------------------- sending

  Widget.prototype.setStatus = function (text, action) {
    this.status.replaceChildren();
    this.status.classList.toggle('ah-status-visible', !!text);
    if (!text) {
      return;
    }
    this.status.appendChild(el('span', null, text));
    if (action) {
      var button = el('button', 'ah-status-action', action.label);
      button.type = 'button';
      button.addEventListener('click', action.run);
      this.status.appendChild(button);
    }
  };

  Widget.prototype.setBusy = function (busy) {
    this.busy = busy;
    this.sendButton.disabled = busy;
    this.root.classList.toggle('ah-busy', busy);
  };

  Widget.prototype.submit = function () {
    var text = this.input.value.trim();
    if (!text || this.busy) {
      return;
    }
    var self = this;
    this.input.value = '';
    this.autosize();
    this.pending = { text: text, bubble: this.addUser(text) };
    this.setBusy(true);
    Promise.resolve(this.start()).then(function () {
      if (!self.sessionId) {
        self.setBusy(false);
        return;
      }
      self.deliver(self.pending);
    });
  };

  Widget.prototype.showTyping = function (show) {
    if (show && !this.typing) {
      this.typing = el('div', 'ah-typing');
      this.typing.setAttribute('aria-label', this.t.typing);
      this.typing.setAttribute('role', 'img');
      for (var i = 0; i < 3; i++) {
        this.typing.appendChild(el('span', 'ah-dot'));
      }
      this.log.appendChild(this.typing);
      this.scrollToEnd();
    } else if (!show && this.typing) {
      this.typing.remove();
      this.typing = null;
    }
  };

  Widget.prototype.deliver = function (pending) {
    var self = this;
    pending.lost = false;
    pending.expired = false;
    this.setStatus('');
    this.showTyping(true);
    this.request('POST', this.agentPath('/sessions/' + encodeURIComponent(this.sessionId) + '/messages'),
      { message: pending.text, locale: this.locale || this.lang }, 'text/event-stream').then(function (response) {
      if (!response.ok) {
        self.showTyping(false);
        return self.refused(response, pending);
      }
      return self.stream(response, pending);
    }, function () {
      self.showTyping(false);
      self.lost(pending, self.t.offline);
    });
  };

  Widget.prototype.stream = function (response, pending) {
    var self = this;
    var reply = null;
    var finished = false;
    var failed = false;
    function answer() {
      if (!reply) {
        self.showTyping(false);
        reply = self.addAssistant();
        reply.busy(true);
        pending.reply = reply;
      }
      return reply;
    }
    return readEvents(response, function (message) {
      var data = message.data || {};
      switch (message.event) {
        case 'token':
          answer().append(data.text || '');
          break;
        case 'notice':
          if (data.kind === 'break_reminder') {
            self.showTyping(false);
            self.addNotice(data.kind, data.text || '');
          } else {
            self.addNotice(data.kind, data.text || '');
            self.showTyping(true);
          }
          break;
        case 'tool':
          answer().addTool(data);
          break;
        case 'citation':
          answer().addCitation(data);
          break;
        case 'escalation':
          answer().setText(data.script || '');
          reply.row.classList.add('ah-escalation');
          self.showCrisis(data.hotlines, data.hospital_contact);
          window.dispatchEvent(new CustomEvent('agenthost:escalation', { detail: { agent: self.agent, kind: data.kind } }));
          break;
        case 'done':
          finished = true;
          self.turns = data.turn_index || self.turns + 1;
          break;
        case 'error':
          failed = true;
          break;
      }
    }).then(function () {
      self.showTyping(false);
      if (reply) {
        reply.busy(false);
        reply.render();
      }
      if (finished) {
        self.pending = null;
        self.setBusy(false);
        self.setStatus('');
      } else if (failed) {
        self.pending = null;
        self.setBusy(false);
        self.setStatus(self.t.failed);
      } else {
        self.lost(pending, self.t.lostMidway);
      }
    }, function () {
      self.showTyping(false);
      if (reply) {
        reply.busy(false);
      }
      self.lost(pending, self.t.lostMidway);
    });
  };

  Widget.prototype.lost = function (pending, text) {
    var self = this;
    pending.lost = true;
    this.setStatus(text, { label: this.t.retry, run: function () { self.retry(); } });
  };

  /**
   * Sends the pending message again — unless the host committed it before the connection dropped, in which case
   * the history already holds the whole answer and is shown instead (nothing is asked twice).
   */
  Widget.prototype.retry = function () {
    var self = this;
    var pending = this.pending;
    if (!pending) {
      return;
    }
    pending.lost = false;
    this.setStatus(this.t.loading);
    if (!this.sessionId) {
      this.started = null;
      Promise.resolve(this.start()).then(function () {
        if (self.sessionId) {
          self.deliver(pending);
        }
      });
      return;
    }
    this.request('GET', this.agentPath('/sessions/' + encodeURIComponent(this.sessionId))).then(function (response) {
      if (!response.ok) {
        throw response;
      }
      return response.json();
    }).then(function (history) {
      if (history.turns.length > self.turns) {
        self.renderHistory(history);
        self.pending = null;
        self.setBusy(false);
        self.setStatus('');
        return;
      }
      if (pending.reply) {
        pending.reply.row.remove();
        pending.reply = null;
      }
      self.deliver(pending);
    }).catch(function (error) {
      if (error && error.status) {
        self.refused(error, pending);
      } else {
        self.lost(pending, self.t.offline);
      }
    });
  };

  Widget.prototype.refused = function (response, pending) {
    var self = this;
    var t = this.t;
    var status = response.status;
    if (status === 503 || status === 429) {
      // Busy or rate-limited: wait as long as the host asks, showing the countdown, then try again by itself.
      var seconds = retryAfterSeconds(response);
      var template = status === 503 ? t.queued : t.rateLimited;
      var tick = function () {
        if (seconds <= 0) {
          self.deliver(pending);
          return;
        }
        self.setStatus(format(template, seconds));
        seconds--;
        setTimeout(tick, 1000);
      };
      tick();
      return;
    }
    if (status === 404 && pending) {
      // The conversation is gone (deleted, or kept no longer): start a new one and send the message there.
      this.dropSession();
      Promise.resolve(this.start()).then(function () {
        if (self.sessionId) {
          self.log.appendChild(pending.bubble);
          self.deliver(pending);
        }
      });
      return;
    }
    this.setBusy(false);
    this.showProblem(response, pending);
  };

  Widget.prototype.showProblem = function (response, pending) {
    var self = this;
    var t = this.t;
    var status = response.status;
    if (status === 401) {
      if (pending) {
        pending.expired = true;
      }
      this.setStatus(t.tokenExpired);
      window.dispatchEvent(new CustomEvent('agenthost:token-expired', { detail: { agent: this.agent } }));
    } else if (status === 403) {
      this.setStatus(t.notAllowed);
    } else if (status === 409) {
      this.pending = null;
      this.setStatus(t.sessionFull, { label: t.newChat, run: function () { self.newConversation(); } });
    } else if (status === 400 || status === 413) {
      this.pending = null;
      this.setStatus(t.tooLong);
    } else if (status === 0 && pending) {
      this.lost(pending, t.offline);
    } else if (status === 0 || status === 404) {
      this.setStatus(t.unavailable, { label: t.retry, run: function () { self.start(); } });
    } else {
      this.pending = null;
      this.setStatus(t.failed);
    }
  };

  /** Forgets the conversation's id here (not on the host), so the next start() creates a new one. */
  Widget.prototype.dropSession = function () {
    var store = storage();
    if (store) {
      store.removeItem(this.sessionKey);
    }
    this.sessionId = null;
    this.started = null;
  };

  Widget.prototype.newConversation = function () {
    this.dropSession();
    this.crisis.hidden = true;
    this.root.classList.remove('ah-escalated');
    this.setStatus('');
    return this.start();
  };

  Widget.prototype.confirmForget = function () {
    var self = this;
    var t = this.t;
    if (!this.sessionId || this.busy) {
      return;
    }
    this.status.replaceChildren();
    this.status.classList.add('ah-status-visible');
    this.status.appendChild(el('span', null, t.forgetConfirm));
    var yes = el('button', 'ah-status-action ah-danger', t.forgetYes);
    yes.type = 'button';
    yes.addEventListener('click', function () { self.forget(); });
    var no = el('button', 'ah-status-action', t.forgetNo);
    no.type = 'button';
    no.addEventListener('click', function () { self.setStatus(''); self.input.focus(); });
    this.status.appendChild(yes);
    this.status.appendChild(no);
    no.focus();
  };

  Widget.prototype.forget = function () {
    var self = this;
    this.request('DELETE', this.agentPath('/sessions/' + encodeURIComponent(this.sessionId))).then(function (response) {
      if (!response.ok && response.status !== 404) {
        throw response;
      }
      return self.newConversation();
    }).then(function () {
      self.setStatus(self.t.forgotten);
    }).catch(function (error) {
      self.showProblem(error && error.status ? error : { status: 0 });
    });
  };

  // ---------------------------------------------------------------- window.AgentHost

  var api = window.AgentHost && window.AgentHost.version ? window.AgentHost : {
    version: VERSION,
    widgets: [],
    /** Adds a widget: { agent, token?, locale?, mode?: 'launcher' | 'page' }. Returns it (open(), close(), setToken()). */
    mount: function (options) {
      if (!options || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(options.agent || '')) {
        throw new Error('AgentHost.mount needs { agent: "<agent id>" }');
      }
      this.unmount(options.agent);
      var widget = new Widget(options);
      this.widgets.push(widget);
      return widget;
    },
    unmount: function (agent) {
      this.widgets = this.widgets.filter(function (w) {
        if (!agent || w.agent === agent) {
          w.destroy();
          return false;
        }
        return true;
      });
    },
    find: function (agent) {
      return this.widgets.filter(function (w) { return !agent || w.agent === agent; });
    },
    open: function (agent) { this.find(agent).slice(0, 1).forEach(function (w) { w.open(); }); },
    close: function (agent) { this.find(agent).forEach(function (w) { w.close(); }); },
    toggle: function (agent) { this.find(agent).slice(0, 1).forEach(function (w) { w.toggle(); }); },
    /** Passes a fresh portal-signed token (after agenthost:token-expired); a message waiting on it is sent again. */
    setToken: function (token, agent) { this.find(agent).forEach(function (w) { w.setToken(token); }); },
    /** The widget's Markdown renderer (safe: text only, no HTML), for a page that shows answers elsewhere. */
    renderMarkdown: function (text) { return renderMarkdown(text); }
  };
  window.AgentHost = api;

  var agent = script.getAttribute('data-agent');
  if (agent) {
    var hashToken = null;
    var mode = script.getAttribute('data-mode');
    if (mode === 'page' && location.hash.length > 1) {
      // An app web view may pass the token in the fragment (#token=…): it never reaches a server log; then it is
      // removed from the address bar.
      var params = new URLSearchParams(location.hash.slice(1));
      hashToken = params.get('token');
      if (hashToken) {
        history.replaceState(null, '', location.pathname + location.search);
      }
    }
    api.mount({
      agent: agent,
      token: script.getAttribute('data-token') || hashToken,
      locale: script.getAttribute('data-locale') || (mode === 'page' ? new URLSearchParams(location.search).get('locale') : null),
      mode: mode
    });
  }
})();

// Depeche page: sends an article to POST /v1/analyze (or opens a stored one) and draws what came
// back on the text. Every piece of article text is inserted with createTextNode / textContent and
// every value from the document with setAttribute: nothing from the article is ever parsed as HTML.
// Offsets are UTF-16 indices, which is what String.prototype.slice counts.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);

  const TYPE_NAMES = {PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other'};
  // nesting order for spans that start and end at the same place: outermost first
  const PRIORITY = {quote: 0, arg: 1, mention: 2, time: 3, event: 4};

  let current = null; // the document on display

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // ------------------------------------------------------------------ server status

  async function checkReady() {
    const status = $('status');
    try {
      const r = await fetch('/ready', {headers: {Accept: 'application/json'}});
      const body = await r.json();
      if (r.ok) {
        status.dataset.state = 'ready';
        status.textContent = 'ready · ' + body.languages.join(', ');
        $('stored-box').hidden = !body.store;
      } else {
        status.dataset.state = 'loading';
        status.textContent = body.message || 'loading';
        setTimeout(checkReady, 2000);
      }
    } catch (e) {
      status.dataset.state = 'down';
      status.textContent = 'server unreachable';
      setTimeout(checkReady, 4000);
    }
  }

  // ------------------------------------------------------------------ requests

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.hidden = !message;
  }

  async function analyze(event) {
    event.preventDefault();
    const text = $('article').value;
    if (!text.trim()) {
      showError('Paste an article first.');
      return;
    }
    const body = {text: text};
    if ($('lang').value !== 'auto') body.lang = $('lang').value;
    if ($('published').value) body.published = $('published').value;
    await request('/v1/analyze', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(body)
    });
  }

  async function openStored() {
    const id = $('stored-id').value.trim();
    if (!id) return;
    await request('/v1/documents/' + encodeURIComponent(id), {headers: {Accept: 'application/json'}});
  }

  async function request(url, options) {
    const button = $('analyze');
    button.disabled = true;
    button.textContent = 'Analysing…';
    document.body.classList.add('busy');
    showError('');
    try {
      const r = await fetch(url, options);
      const body = await r.json().catch(() => null);
      if (!r.ok) {
        let msg = (body && body.message) ? body.message : ('HTTP ' + r.status);
        const retry = r.headers.get('Retry-After');
        if (retry) msg += ' (retry in ' + retry + ' s)';
        showError(msg);
        return;
      }
      render(body);
    } catch (e) {
      showError('The server could not be reached.');
    } finally {
      button.disabled = false;
      button.textContent = 'Analyse';
      document.body.classList.remove('busy');
    }
  }

  // ------------------------------------------------------------------ the document

  /** Every span to draw, with what it is. */
  function annotations(doc) {
    const anns = [];
    const mentionEntity = {};
    for (const e of doc.entities || []) {
      for (const m of e.mentions || []) mentionEntity[m] = e;
    }
    for (const m of doc.mentions || []) {
      const ent = mentionEntity[m.id];
      anns.push({kind: 'mention', key: 'm:' + m.id, start: m.start, end: m.end, data: m, entity: ent});
    }
    for (const q of doc.quotes || []) {
      anns.push({kind: 'quote', key: 'q:' + q.id, start: q.content.start, end: q.content.end, data: q});
    }
    for (const t of doc.timexes || []) {
      anns.push({kind: 'time', key: 't:' + t.id, start: t.start, end: t.end, data: t});
    }
    for (const v of doc.events || []) {
      anns.push({kind: 'event', key: 'v:' + v.id, start: v.trigger.start, end: v.trigger.end, data: v});
      (v.arguments || []).forEach((a, i) => {
        if (a.filler && a.filler.end > a.filler.start) {
          anns.push({kind: 'arg', key: 'a:' + v.id + ':' + i, start: a.filler.start, end: a.filler.end,
            data: a, event: v});
        }
      });
    }
    return anns.filter(a => a.end > a.start && a.start >= 0 && a.end <= doc.text.length);
  }

  function outerFirst(a, b) {
    return a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind] || (a.key < b.key ? -1 : 1);
  }

  /**
   * Cuts the text at every span boundary and nests the spans covering each cut, outermost first;
   * a span that crosses another is drawn as several pieces sharing its data-key.
   */
  function drawText(doc, anns) {
    const text = doc.text;
    const points = new Set([0, text.length]);
    for (const a of anns) {
      points.add(a.start);
      points.add(a.end);
    }
    const cuts = Array.from(points).sort((x, y) => x - y);
    const sorted = anns.slice().sort(outerFirst);
    const root = document.createDocumentFragment();
    let stack = []; // [{ann, node}]
    const firstPiece = new Set();
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i];
      const to = cuts[i + 1];
      const covering = sorted.filter(a => a.start <= from && a.end >= to);
      let keep = 0;
      while (keep < stack.length && keep < covering.length && stack[keep].ann === covering[keep]) keep++;
      stack = stack.slice(0, keep);
      for (let k = keep; k < covering.length; k++) {
        const ann = covering[k];
        const node = piece(ann, !firstPiece.has(ann.key));
        firstPiece.add(ann.key);
        (stack.length ? stack[stack.length - 1].node : root).appendChild(node);
        stack.push({ann: ann, node: node});
      }
      (stack.length ? stack[stack.length - 1].node : root).appendChild(document.createTextNode(text.slice(from, to)));
    }
    return root;
  }

  function piece(ann, first) {
    const node = el('span', 'ann k-' + ann.kind);
    node.dataset.key = ann.key;
    node.dataset.kind = ann.kind;
    if (first) node.classList.add('first');
    const d = ann.data;
    switch (ann.kind) {
      case 'mention': {
        node.classList.add('t-' + d.type);
        if (d.kind && d.kind !== 'NAME') node.classList.add('nominal');
        if (ann.entity) node.dataset.entity = ann.entity.id;
        node.setAttribute('title', (TYPE_NAMES[d.type] || d.type) + (ann.entity ? ' · ' + ann.entity.name : '')
          + (d.kind && d.kind !== 'NAME' ? ' (' + d.kind.toLowerCase() + ')' : ''));
        break;
      }
      case 'quote': {
        node.classList.add('q-' + d.kind);
        if (first) node.dataset.chip = quoteChip(d);
        break;
      }
      case 'time': {
        node.dataset.tip = d.value + ' · ' + d.type + (d.mod ? ' · ' + d.mod : '');
        node.setAttribute('aria-label', d.text + ': ' + d.value);
        break;
      }
      case 'event': {
        node.dataset.event = d.id;
        if (d.polarity === 'NEGATIVE') node.classList.add('neg');
        if (d.modality === 'OTHER') node.classList.add('other');
        if (first) node.dataset.badge = eventBadge(d);
        break;
      }
      case 'arg': {
        node.dataset.event = ann.event.id;
        node.dataset.role = d.role;
        break;
      }
    }
    return node;
  }

  function source(s) {
    return s ? s.text : null;
  }

  function quoteChip(q) {
    const parts = [source(q.speaker) || 'unattributed'];
    if (q.cue) parts.push(q.cue.text);
    if (q.via && q.via.length) parts.push('via ' + q.via.map(source).join(' → '));
    return parts.join(' · ');
  }

  function eventBadge(v) {
    let badge = v.type;
    if (v.polarity === 'NEGATIVE') badge += ' · not';
    if (v.modality === 'OTHER') badge += ' · maybe';
    return badge;
  }

  function render(doc) {
    current = doc;
    const anns = annotations(doc);
    const textBox = $('doc-text');
    textBox.replaceChildren(drawText(doc, anns));

    const meta = $('doc-meta');
    meta.replaceChildren();
    meta.appendChild(el('span', 'pill', doc.lang));
    if (doc.published) meta.appendChild(el('span', 'pill', 'published ' + doc.published));
    meta.appendChild(el('span', 'id', doc.id));
    if (doc.meta && doc.meta.title) meta.appendChild(el('span', 'title', doc.meta.title));

    fillEntities(doc);
    fillQuotes(doc);
    fillEvents(doc);
    fillTimes(doc);
    $('result').hidden = false;
    $('facts').hidden = false;
  }

  // ------------------------------------------------------------------ side panel

  function item(list, key, parts) {
    const li = el('li', 'fact');
    li.dataset.key = key;
    li.tabIndex = 0;
    for (const p of parts) li.appendChild(p);
    list.appendChild(li);
    return li;
  }

  function fillEntities(doc) {
    const list = $('list-entities');
    list.replaceChildren();
    const byId = {};
    for (const m of doc.mentions || []) byId[m.id] = m;
    const entities = (doc.entities || []).slice().sort((a, b) => b.mentions.length - a.mentions.length
      || firstStart(a, byId) - firstStart(b, byId));
    for (const e of entities) {
      const head = el('div', 'fact-head');
      head.appendChild(el('span', 'dot t-' + e.type));
      head.appendChild(el('span', 'fact-name', e.name));
      head.appendChild(el('span', 'count', e.mentions.length + '×'));
      const parts = [head];
      if (e.titles && e.titles.length) parts.push(el('div', 'fact-sub', e.titles.join(', ')));
      const li = item(list, 'm:' + e.mentions[0], parts);
      li.dataset.entity = e.id;
    }
    $('n-entities').textContent = entities.length;
  }

  function firstStart(e, byId) {
    const m = byId[e.mentions[0]];
    return m ? m.start : 0;
  }

  function fillQuotes(doc) {
    const list = $('list-quotes');
    list.replaceChildren();
    for (const q of doc.quotes || []) {
      const head = el('div', 'fact-head');
      head.appendChild(el('span', 'tag q-tag', q.kind.toLowerCase()));
      head.appendChild(el('span', 'fact-name', source(q.speaker) || 'unattributed'));
      if (q.cue) head.appendChild(el('span', 'cue', q.cue.text));
      const parts = [head, el('div', 'excerpt', excerpt(q.content.text))];
      if (q.via && q.via.length) parts.push(el('div', 'fact-sub', 'via ' + q.via.map(source).join(' → ')));
      item(list, 'q:' + q.id, parts);
    }
    $('n-quotes').textContent = (doc.quotes || []).length;
  }

  function fillEvents(doc) {
    const list = $('list-events');
    list.replaceChildren();
    for (const v of doc.events || []) {
      const head = el('div', 'fact-head');
      head.appendChild(el('span', 'tag v-tag', v.type));
      head.appendChild(el('span', 'fact-name', v.trigger.text));
      if (v.polarity === 'NEGATIVE') head.appendChild(el('span', 'badge neg', 'negative'));
      if (v.modality === 'OTHER') head.appendChild(el('span', 'badge other', 'not asserted'));
      const parts = [head];
      const args = el('ul', 'args');
      for (const a of v.arguments || []) {
        const li = el('li');
        li.appendChild(el('span', 'role', a.role));
        li.appendChild(el('span', 'filler', a.filler ? a.filler.text : ''));
        args.appendChild(li);
      }
      if (v.time) {
        const li = el('li');
        li.appendChild(el('span', 'role', 'time'));
        li.appendChild(el('span', 'filler', v.time));
        args.appendChild(li);
      }
      if (args.childElementCount) parts.push(args);
      if (v.sources && v.sources.length) parts.push(el('div', 'fact-sub', 'according to ' + v.sources.map(source).join(', ')));
      const li = item(list, 'v:' + v.id, parts);
      li.dataset.event = v.id;
    }
    $('n-events').textContent = (doc.events || []).length;
  }

  function fillTimes(doc) {
    const list = $('list-times');
    list.replaceChildren();
    for (const t of doc.timexes || []) {
      const head = el('div', 'fact-head');
      head.appendChild(el('span', 'tag t-tag', t.type.toLowerCase()));
      head.appendChild(el('span', 'fact-name', t.text));
      head.appendChild(el('span', 'value', t.value));
      item(list, 't:' + t.id, [head]);
    }
    $('n-times').textContent = (doc.timexes || []).length;
  }

  function excerpt(s) {
    return s.length > 160 ? s.slice(0, 157) + '…' : s;
  }

  // ------------------------------------------------------------------ interaction

  function lightEntity(entity, on) {
    for (const n of document.querySelectorAll('#doc-text .k-mention')) {
      n.classList.toggle('lit', on && n.dataset.entity === entity);
    }
    $('doc-text').classList.toggle('lighting', on);
  }

  function activateEvent(id) {
    for (const n of document.querySelectorAll('#doc-text [data-event]')) {
      n.classList.toggle('active', n.dataset.event === id);
    }
  }

  function flash(key) {
    const pieces = document.querySelectorAll('#doc-text [data-key="' + CSS.escape(key) + '"]');
    if (!pieces.length) return;
    pieces[0].scrollIntoView({block: 'center', behavior: 'smooth'});
    for (const p of pieces) {
      p.classList.remove('flash');
      void p.offsetWidth; // restart the animation
      p.classList.add('flash');
    }
  }

  function wire() {
    $('input-form').addEventListener('submit', analyze);
    $('open-stored').addEventListener('click', openStored);
    // Enter in the id box opens the stored document (it would otherwise submit the article form)
    $('stored-id').addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        openStored();
      }
    });

    const textBox = $('doc-text');
    textBox.addEventListener('mouseover', (e) => {
      const m = e.target.closest('.k-mention');
      if (m && m.dataset.entity) lightEntity(m.dataset.entity, true);
      const v = e.target.closest('.k-event');
      if (v) activateEvent(v.dataset.event);
    });
    textBox.addEventListener('mouseout', (e) => {
      const m = e.target.closest('.k-mention');
      if (m && !(e.relatedTarget && m.contains(e.relatedTarget))) lightEntity(null, false);
    });

    for (const tab of document.querySelectorAll('.tabs [data-tab]')) {
      tab.addEventListener('click', () => {
        for (const t of document.querySelectorAll('.tabs [data-tab]')) t.classList.toggle('on', t === tab);
        for (const l of document.querySelectorAll('.facts')) l.classList.toggle('on', l.dataset.list === tab.dataset.tab);
      });
    }
    const facts = $('facts');
    const choose = (e) => {
      const li = e.target.closest('.fact');
      if (!li) return;
      for (const other of facts.querySelectorAll('.fact.chosen')) other.classList.remove('chosen');
      li.classList.add('chosen');
      if (li.dataset.event) activateEvent(li.dataset.event);
      flash(li.dataset.key);
    };
    facts.addEventListener('click', choose);
    facts.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        choose(e);
      }
    });
    facts.addEventListener('mouseover', (e) => {
      const li = e.target.closest('.fact');
      lightEntity(li && li.dataset.entity, Boolean(li && li.dataset.entity));
    });
    facts.addEventListener('mouseleave', () => lightEntity(null, false));
  }

  document.addEventListener('DOMContentLoaded', () => {
    wire();
    checkReady();
  });

  // for tests and the console: the document on display
  window.depeche = {current: () => current};
})();

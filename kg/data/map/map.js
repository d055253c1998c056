// The map page's behaviour: filters, totals, hover summaries and the facts behind a clicked arc.
// Every string from the graph is set as text (textContent, option.text); none is parsed as markup.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  // Facts arrive as columns with sentences by index (smaller pages); rebuild one object per fact.
  const rows = (columns) => columns.kind.map((_, i) => {
    const row = {};
    for (const name of Object.keys(columns)) row[name] = columns[name][i];
    return row;
  });
  data.arcs = rows(data.arcColumns);
  data.facts = rows(data.factColumns).map((fact) => {
    fact.evidence = data.sentences[fact.evidence];
    fact.approximate = Boolean(fact.approximate);
    fact.yearStated = Boolean(fact.yearStated);
    if (fact.brands === -1) fact.brands = data.originBrands[String(fact.origin)] || [];
    return fact;
  });
  const $ = (id) => document.getElementById(id);
  const arcEls = Array.from(document.querySelectorAll('#kg-map [data-arc]'));
  const arcNumbers = arcEls.map((g) => Number(g.dataset.arc));
  const arcHidden = arcEls.map(() => false);
  const placeEls = Array.from(document.querySelectorAll('g.place'));
  const tip = $('kg-tip');
  let selected = null;

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fill(select, items) {
    for (const [value, label] of items) {
      const option = document.createElement('option');
      option.value = String(value);
      option.text = label;
      select.appendChild(option);
    }
  }
  const regionName = (i) => data.regions[i].label;
  fill($('kg-brand'), data.brands.map((b, i) => [i, b.label]).sort((a, b) => a[1].localeCompare(b[1], 'zh')));
  fill($('kg-province'), data.originProvinces.map((i) => [i, regionName(i)]));
  fill($('kg-destination'), data.destinations.map((i) => [i, regionName(i)]));
  fill($('kg-from'), data.years.map((y) => [y, y]));
  fill($('kg-to'), data.years.map((y) => [y, y]));

  function filters() {
    const num = (id) => ($(id).value === '' ? null : Number($(id).value));
    return {brand: num('kg-brand'), province: num('kg-province'), destination: num('kg-destination'),
            from: num('kg-from'), to: num('kg-to')};
  }

  function passes(fact, f) {
    if (f.brand !== null && !fact.brands.includes(f.brand)) return false;
    if (f.province !== null && fact.province !== f.province) return false;
    if (f.destination !== null && !fact.destinationChain.includes(f.destination)) return false;
    if (f.from !== null || f.to !== null) {
      if (!/^\d{4}$/.test(fact.year)) return false;
      const year = Number(fact.year);
      if ((f.from !== null && year < f.from) || (f.to !== null && year > f.to)) return false;
    }
    return true;
  }

  function shownFacts(arcIndex) {
    const f = filters();
    return data.arcs[arcIndex].facts.map((i) => data.facts[i]).filter((fact) => passes(fact, f));
  }

  function workersOf(facts) {
    const groups = new Map();
    for (const fact of facts) if (fact.workers !== null) groups.set(fact.group, fact.workers);
    let total = 0;
    for (const value of groups.values()) total += value;
    return total;
  }

  function apply() {
    const f = filters();
    const visible = new Set();
    const shown = [];
    const touched = new Set();
    data.arcs.forEach((arc, index) => {
      const facts = arc.facts.map((i) => data.facts[i]).filter((fact) => passes(fact, f));
      if (facts.length) {
        visible.add(index);
        shown.push(...facts);
        touched.add(arc.origin);
        touched.add(arc.destination);
      }
    });
    arcEls.forEach((g, position) => {
      const on = visible.has(arcNumbers[position]);
      // Only a change touches the element: restyling tens of thousands of arcs is what costs.
      if (arcHidden[position] === on) {
        arcHidden[position] = !on;
        g.classList.toggle('kg-hidden', !on);
      }
    });
    placeEls.forEach((g) => g.classList.toggle('kg-hidden', !touched.has(data.places[Number(g.dataset.place)])));
    const undrawn = data.undrawn.filter((item) => passes(data.facts[item.fact], f));
    const list = $('kg-undrawn');
    list.replaceChildren();
    const reasons = new Map();
    for (const item of undrawn) reasons.set(item.reason, (reasons.get(item.reason) || 0) + 1);
    for (const [reason, count] of [...reasons.entries()].sort()) list.appendChild(el('li', '', count + ' × ' + reason));
    $('kg-undrawn-count').textContent = String(undrawn.length);
    $('kg-totals').textContent = visible.size + ' 条弧线 arcs · ' + shown.length + ' 条事实 facts · 人数合计 workers ' +
      workersOf(shown).toLocaleString('en') + (undrawn.length ? ' · 未绘制 not drawn ' + undrawn.length : '');
    if (selected !== null && !visible.has(selected)) select(null);
    else if (selected !== null) select(selected);
    return visible.size;
  }

  function amount(fact) {
    if (fact.workers === null) return '人数未注明 count not stated';
    return fact.workers.toLocaleString('en') + (fact.approximate ? '+' : '') + ' 人' +
      (fact.shared ? ' (与另 ' + fact.shared + ' 地共有 shared with ' + fact.shared + ' more)' : '');
  }

  function summary(arcIndex) {
    const arc = data.arcs[arcIndex];
    const facts = shownFacts(arcIndex);
    const years = [...new Set(facts.map((f) => f.year).filter(Boolean))].sort();
    const brands = [...new Set(facts.flatMap((f) => f.brands).map((b) => data.brands[b].label))];
    const lines = [regionName(arc.origin) + ' → ' + regionName(arc.destination) +
                   (arc.kind === 'brand' ? '  (品牌去向 brand destination)' : '')];
    const counted = facts.filter((f) => f.workers !== null);
    lines.push('人数 workers: ' + (counted.length ? workersOf(facts).toLocaleString('en') : '未注明 not stated') +
               (facts.some((f) => f.shared) ? ' (含共有人数 includes a shared count)' : ''));
    if (years.length) lines.push('年份 year: ' + years.join(', '));
    if (brands.length) lines.push('品牌 brand: ' + brands.join('、'));
    lines.push(facts.length + ' 条事实 facts — 点击查看 click for the evidence');
    return lines.join('\n');
  }

  function articleBlock(fact) {
    const box = el('div', 'kg-meta');
    if (fact.article < 0) return box;
    const a = data.articles[fact.article];
    const title = a.title || a.file || '文章 article';
    const url = a.url;
    if (url && /^https?:\/\//i.test(url)) {
      const link = el('a', '', '《' + title + '》');
      link.href = url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      box.appendChild(link);
    } else {
      box.appendChild(el('span', '', '《' + title + '》'));
    }
    const meta = [a.date, a.source, url ? '' : a.file].filter(Boolean).join(' · ');
    if (meta) box.appendChild(el('span', '', ' ' + meta));
    return box;
  }

  function select(arcIndex) {
    const mark = (index, on) => {
      if (index === null) return;
      document.querySelectorAll(`#kg-map [data-arc="${index}"]`).forEach((g) => g.classList.toggle('kg-selected', on));
    };
    mark(selected, false);
    mark(arcIndex, true);
    selected = arcIndex;
    const pane = $('kg-detail');
    pane.replaceChildren();
    if (arcIndex === null) { pane.textContent = '点击一条弧线 Click an arc.'; return; }
    const arc = data.arcs[arcIndex];
    pane.appendChild(el('h3', '', regionName(arc.origin) + ' → ' + regionName(arc.destination)));
    for (const fact of shownFacts(arcIndex)) {
      const box = el('div', 'kg-fact');
      const head = [fact.kind === 'brand' ? '品牌去向 brand destination' : amount(fact)];
      if (fact.year) head.push(fact.year + (fact.yearStated ? '' : ' (文章年份 article year)'));
      const brands = fact.brands.map((b) => data.brands[b].label);
      if (brands.length) head.push('品牌 ' + brands.join('、'));
      box.appendChild(el('div', 'kg-head', head.join(' · ')));
      box.appendChild(el('blockquote', 'kg-evidence', fact.evidence || '(无原句 no sentence)'));
      box.appendChild(articleBlock(fact));
      for (const note of fact.notes) box.appendChild(el('div', 'kg-meta', note));
      pane.appendChild(box);
    }
  }

  // One listener per kind of event on the drawing, not four per arc: a large graph has tens of thousands.
  const arcOf = (event) => {
    const g = event.target.closest && event.target.closest('[data-arc]');
    return g ? Number(g.dataset.arc) : null;
  };
  const drawing = $('kg-map');
  let hovered = null;
  drawing.addEventListener('mouseover', (event) => {
    const index = arcOf(event);
    if (index === hovered) return;
    hovered = index;
    if (index === null) { tip.hidden = true; return; }
    tip.textContent = summary(index);
    tip.hidden = false;
  });
  drawing.addEventListener('mousemove', (event) => {
    tip.style.left = Math.min(event.clientX + 14, window.innerWidth - 380) + 'px';
    tip.style.top = (event.clientY + 14) + 'px';
  });
  drawing.addEventListener('mouseleave', () => { hovered = null; tip.hidden = true; });
  drawing.addEventListener('click', (event) => {
    const index = arcOf(event);
    if (index !== null) select(index);
  });
  for (const id of ['kg-brand', 'kg-province', 'kg-destination', 'kg-from', 'kg-to']) $(id).addEventListener('change', apply);
  $('kg-reset').addEventListener('click', () => {
    for (const id of ['kg-brand', 'kg-province', 'kg-destination', 'kg-from', 'kg-to']) $(id).value = '';
    apply();
  });
  window.kgMap = {data: data, apply: apply, select: select, summary: summary,
                  visibleArcs: () => [...new Set(arcNumbers.filter((_, position) => !arcHidden[position]))]};
  apply();
  document.body.dataset.ready = '1';
}());

// govdoc search page: the state lives in the URL (?q=满意度&district=呈贡区&kind=indicator&doc=<id>),
// so a search is a shareable link and reloads as it was. Text from the index is always set as text
// (textContent), never as HTML.
'use strict';

const FILTERS = ['q', 'kind', 'district', 'yearFrom', 'yearTo', 'docType', 'unit', 'role', 'measure'];
const KIND_NAMES = {document: '文档', indicator: '绩效指标', task: '工作任务', amount: '资金', deadline: '时限', figure: '统计数字'};
const DOC_TYPE_NAMES = {budget_project: '项目支出绩效目标', work_plan: '工作方案', proposal_reply: '提案/建议答复', other: '其他'};
const GROUP_NAMES = {indicator: '绩效指标', task: '工作任务', amount: '资金', deadline: '时限', figure: '统计数字'};
const NUMERIC_KINDS = ['indicator', 'amount', 'figure'];
let chart = null;

const $ = id => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'class') e.className = v; else if (k === 'onclick') e.addEventListener('click', v); else e.setAttribute(k, v);
  });
  children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return e;
}

/** A highlight {text, spans:[{start,end}]} as text nodes and <mark>s. */
function highlighted(h) {
  const out = [];
  let at = 0;
  (h.spans || []).forEach(s => {
    out.push(document.createTextNode(h.text.slice(at, s.start)));
    out.push(el('mark', {}, h.text.slice(s.start, s.end)));
    at = s.end;
  });
  out.push(document.createTextNode(h.text.slice(at)));
  return out;
}

function state() {
  return new URLSearchParams(location.search);
}

function filterParams(s) {
  const p = new URLSearchParams();
  FILTERS.forEach(f => s.getAll(f).forEach(v => { if (v.trim() !== '') p.append(f, v.trim()); }));
  return p;
}

function go(params) {
  history.pushState(null, '', '/?' + params.toString());
  render();
}

async function api(path, params) {
  const headers = {};
  const token = sessionStorage.getItem('govdoc-token');
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch(path + (params ? '?' + params.toString() : ''), {headers});
  if (res.status === 401 && !token) {
    const t = prompt('此服务需要访问令牌：');
    if (t) { sessionStorage.setItem('govdoc-token', t); return api(path, params); }
  }
  if (!res.ok) {
    let message = res.status + ' ' + res.statusText;
    try { const body = await res.json(); message = body.error.message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return res;
}

function showError(e) {
  $('error').textContent = e ? '出错：' + e.message : '';
  $('error').hidden = !e;
}

function fillForm(s) {
  FILTERS.forEach(f => { $(f).value = s.get(f) || ''; });
}

function formParams() {
  const p = new URLSearchParams();
  FILTERS.forEach(f => { const v = $(f).value.trim(); if (v) p.append(f, v); });
  return p;
}

async function render() {
  const s = state();
  fillForm(s);
  showError(null);
  if (s.get('doc')) {
    $('search-view').hidden = true;
    $('doc-view').hidden = false;
    try { await renderDocument(s.get('doc')); } catch (e) { showError(e); }
    return;
  }
  $('search-view').hidden = false;
  $('doc-view').hidden = true;
  const p = filterParams(s);
  try {
    await Promise.all([renderResults(p), renderChart(p)]);
  } catch (e) {
    showError(e);
  }
}

let resultsSeq = 0;

async function renderResults(p) {
  const seq = ++resultsSeq;
  const q = new URLSearchParams(p);
  q.set('facets', 'true');
  q.set('limit', '50');
  const r = await (await api('/api/search', q)).json();
  if (seq !== resultsSeq) return; // a newer search was started meanwhile: its answer is the one to show
  $('summary').textContent = '共 ' + (r.totalExact ? '' : '≥') + r.total + ' 条，显示 ' + r.hits.length + ' 条';
  $('results').replaceChildren(...r.hits.map(hitItem));
  renderFacets(r.facets, p);
  const kind = p.get('kind');
  $('exports').hidden = !kind;
  $('results').dataset.total = r.total;
  $('results').dataset.query = p.toString();
}

function hitItem(h) {
  const d = h.doc;
  const title = h.title.text ? highlighted(h.title) : [d.path];
  const open = ev => { ev.preventDefault(); const s = state(); s.set('doc', h.id); go(s); };
  return el('li', {class: 'hit', 'data-kind': h.kind},
    el('span', {class: 'tag'}, KIND_NAMES[h.kind] || h.kind),
    el('a', {class: 'title', onclick: open, href: '#'}, title),
    el('div', {class: 'meta'}, [d.district || d.city || '—', d.year || '—', DOC_TYPE_NAMES[d.docType] || ''].join(' · ')),
    h.kind === 'document' ? '' : el('div', {class: 'text'}, highlighted(h.text)),
    el('div', {class: 'detail'}, detail(h)));
}

function detail(h) {
  const i = h.item;
  switch (h.kind) {
    case 'indicator': return [i.level1, i.level2].filter(Boolean).join(' / ') + '　目标值：' + (i.valueText || '');
    case 'task': return [(i.leadUnits || []).length ? '牵头：' + i.leadUnits.join('、') : '',
      (i.responsibleUnits || []).length ? '责任：' + i.responsibleUnits.join('、') : '',
      i.deadline ? '时限：' + (i.deadline.date || i.deadline.text) : ''].filter(Boolean).join('　');
    case 'amount': return (i.text || '') + '（' + (i.role || '') + '）';
    case 'deadline': return i.date || i.recurrence || '';
    case 'figure': return [i.label, i.value, i.unit].filter(v => v != null).join(' ');
    default: return h.doc.path;
  }
}

function renderFacets(f, p) {
  if (!f) { $('facets').replaceChildren(); return; }
  const section = (name, label, counts, apply, names) => {
    const items = Object.entries(counts).map(([k, n]) => el('li', {},
      el('a', {href: '#', class: 'facet', 'data-facet': name, 'data-value': k,
        onclick: ev => { ev.preventDefault(); const s = filterParams(state()); apply(s, k); go(s); }},
        el('span', {}, (names && names[k]) || k || '（无）'), el('span', {class: 'count'}, n))));
    return items.length ? [el('h3', {}, label), el('ul', {}, items)] : [];
  };
  $('facets').replaceChildren(
    ...section('district', '区县', f.district, (s, k) => { s.delete('district'); s.append('district', k); }),
    ...section('year', '年份', f.year, (s, k) => { s.set('yearFrom', k); s.set('yearTo', k); }),
    ...section('docType', '文件类型', f.docType, (s, k) => s.set('docType', k), DOC_TYPE_NAMES),
    ...section('kind', '条目类型', f.kind, (s, k) => s.set('kind', k), KIND_NAMES));
  $('district-list').replaceChildren(...Object.keys(f.district).map(d => el('option', {value: d})));
}

async function renderChart(p) {
  const canvas = $('chart');
  canvas.dataset.bars = '0';
  if (chart) { chart.destroy(); chart = null; }
  const kind = p.get('kind') || 'indicator';
  if (!NUMERIC_KINDS.includes(kind)) {
    $('chart-note').textContent = '选择绩效指标、资金或统计数字，即可按区县比较数值。';
    return;
  }
  const q = new URLSearchParams(p);
  q.set('kind', kind);
  q.set('by', 'district');
  const r = await (await api('/api/compare', q)).json();
  // rows come per district, measurement unit and operator (≥90 and =90 are not one target):
  // chart the unit and operator most entries have, or the unit the filter names
  const byKey = {};
  const wanted = p.get('measure');
  r.rows.filter(row => !wanted || row.measure === wanted)
    .forEach(row => { const k = (row.measure || '') + '\u0000' + row.operator; byKey[k] = (byKey[k] || 0) + row.count; });
  const top = Object.keys(byKey).sort((a, b) => byKey[b] - byKey[a])[0];
  const [unit, operator] = top ? top.split('\u0000') : [null, null];
  const rows = r.rows.filter(row => (row.measure || '') === unit && row.operator === operator && row.group);
  if (!rows.length) {
    $('chart-note').textContent = '没有可比较的数值。';
    return;
  }
  $('chart-note').textContent = KIND_NAMES[kind] + '目标值（' + operator + '）的中位数（单位：' + (unit || '无') + '），各区县条目数见提示。';
  chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(row => row.group),
      datasets: [{label: '中位数', data: rows.map(row => Number(row.median)), backgroundColor: '#3b7dd8'},
                 {label: '最大值', data: rows.map(row => Number(row.max)), backgroundColor: '#b9d3f5'}]
    },
    options: {
      animation: false, maintainAspectRatio: false,
      plugins: {tooltip: {callbacks: {footer: items => '条目数：' + rows[items[0].dataIndex].count}}}
    }
  });
  canvas.dataset.bars = String(rows.length);
}

function location_(l) {
  if (!l) return '';
  return [l.page != null ? '第' + l.page + '页' : '', l.table != null ? '表' + (l.table + 1) : '',
    l.row != null ? '第' + (l.row + 1) + '行' : '', l.column != null ? '第' + (l.column + 1) + '列' : '',
    l.table == null && l.block != null ? '第' + (l.block + 1) + '段' : ''].filter(Boolean).join(' ');
}

async function renderDocument(id) {
  const v = await (await api('/api/records/' + encodeURIComponent(id))).json();
  const r = v.record;
  $('doc-title').textContent = r.title || r.source.fileName;
  const region = r.region ? [r.region.province, r.region.city, r.region.district].filter(Boolean).join(' ') : '';
  const fileLink = el('a', {href: '#', id: 'doc-file', onclick: ev => { ev.preventDefault(); download('/api/records/' + id + '/file', null, r.source.fileName); }}, '下载原文件');
  const rows = [['文件类型', DOC_TYPE_NAMES[r.docType] || r.docType], ['文号', r.docNumber], ['发文机关', r.issuer],
    ['成文日期', r.issueDate], ['年度', r.year], ['地区', region], ['状态', r.status + (r.error ? '：' + r.error.code + ' ' + r.error.message : '')],
    ['文件', [r.source.path, '　', fileLink]]];
  $('doc-fields').replaceChildren(...rows.map(([k, val]) => el('tr', {}, el('th', {}, k), el('td', {}, val == null ? '—' : val))));
  $('doc-warnings').replaceChildren(...(v.warnings.length ? v.warnings.map(w =>
    el('li', {class: 'warning'}, w.code + '：' + w.message + (w.location ? '（' + location_(w.location) + '）' : ''))) : [el('li', {class: 'none'}, '无')]));
  $('doc-values').tBodies[0].replaceChildren(...v.values.map(x => el('tr', {class: 'value', 'data-group': x.group},
    el('td', {}, GROUP_NAMES[x.group] || x.group), el('td', {}, x.label || ''), el('td', {}, x.value || ''),
    el('td', {class: 'where'}, location_(x.location)), el('td', {}, x.around || ''))));
}

async function download(path, params, name) {
  try {
    const blob = await (await api(path, params)).blob();
    const a = el('a', {href: URL.createObjectURL(blob), download: name});
    document.body.append(a);
    a.click();
    a.remove();
  } catch (e) {
    showError(e);
  }
}

function exportClick(ev) {
  ev.preventDefault();
  const p = filterParams(state());
  const format = ev.currentTarget.dataset.format;
  p.set('format', format);
  download('/api/export', p, 'govdoc-' + p.get('kind') + '.' + format);
}

document.addEventListener('DOMContentLoaded', () => {
  $('search').addEventListener('submit', ev => { ev.preventDefault(); go(formParams()); });
  ['kind', 'docType', 'role'].forEach(id => $(id).addEventListener('change', () => go(formParams())));
  $('back').addEventListener('click', ev => { ev.preventDefault(); const s = state(); s.delete('doc'); go(s); });
  $('export-csv').addEventListener('click', exportClick);
  $('export-xlsx').addEventListener('click', exportClick);
  window.addEventListener('popstate', render);
  render();
});

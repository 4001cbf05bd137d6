// The cost report webview (src/vscode/cost-report.ts sends the data): builds the page with DOM
// calls only (no innerHTML, so names from the configuration are never markup), sorts the
// resources table on a header click, draws the breakdowns as bar charts (media/charts.js), and asks
// the extension to open a resource or copy Markdown.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('report'));
  // @ts-ignore: media/charts.js, loaded first
  const charts = window.kensaCharts;
  let data = null;
  let sort = { key: 'monthlyCost', descending: true };
  const expanded = new Set();

  const money = (n) =>
    n === null || n === undefined ? '–' : n === 0 ? '$0' : Math.abs(n) >= 0.01 ? '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '$' + Number(n.toPrecision(3));
  const unitMoney = (n) => (n === null ? '–' : '$' + Number(n.toPrecision(4)).toString());

  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'onclick') e.addEventListener('click', v);
      else if (k === 'className') e.className = v;
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return e;
  }

  const open = (r) => vscode.postMessage({ type: 'open', path: r.path, line: r.line });

  function table(headers, rows) {
    return el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) => el('th', { className: h.numeric ? 'num' : '' }, h.label)))), el('tbody', {}, rows));
  }

  function resourcesTable() {
    const columns = [
      { key: 'address', label: 'Resource' },
      { key: 'type', label: 'Type' },
      { key: 'file', label: 'File' },
      { key: 'monthlyCost', label: 'Monthly', numeric: true },
    ];
    const sorted = [...data.resources].sort((a, b) => {
      const x = a[sort.key] ?? -1;
      const y = b[sort.key] ?? -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.descending ? -c : c;
    });
    const head = el(
      'tr',
      {},
      el('th', {}, ''),
      columns.map((c) =>
        el(
          'th',
          {
            className: 'sortable' + (c.numeric ? ' num' : ''),
            'aria-sort': sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none',
            tabindex: 0,
            onclick: () => {
              sort = { key: c.key, descending: sort.key === c.key ? !sort.descending : c.numeric === true };
              render();
            },
          },
          c.label + (sort.key === c.key ? (sort.descending ? ' ▾' : ' ▴') : ''),
        ),
      ),
    );
    const rows = [];
    for (const r of sorted) {
      const id = r.root + ' ' + r.address;
      const isOpen = expanded.has(id);
      rows.push(
        el(
          'tr',
          { className: 'resource' },
          el('td', {}, el('button', { className: 'toggle', title: 'Components', 'aria-expanded': isOpen, onclick: () => (isOpen ? expanded.delete(id) : expanded.add(id), render()) }, isOpen ? '−' : '+')),
          el(
            'td',
            {},
            el('a', { href: '#', title: 'Open ' + r.file + ':' + r.line, onclick: (e) => (e.preventDefault(), open(r)) }, r.address),
            (data.usageTypes || []).includes(r.type)
              ? el('button', { className: 'set-usage', title: 'Set a usage quantity of ' + r.address + ' in kensa.jsonc', onclick: () => vscode.postMessage({ type: 'setUsage', target: { folder: r.folder, address: r.address, type: r.type } }) }, 'Set usage…')
              : null,
          ),
          el('td', {}, r.type),
          el('td', {}, r.file + ':' + r.line),
          el('td', { className: 'num' }, r.costText),
        ),
      );
      if (isOpen) {
        for (const c of r.components) {
          rows.push(
            el(
              'tr',
              { className: 'component' },
              el('td', {}, ''),
              el('td', { colspan: 2 }, c.name, c.note ? el('div', { className: 'note' }, c.note) : null),
              el('td', {}, (c.quantity === null ? '–' : c.quantity.toLocaleString('en-US', { maximumFractionDigits: 4 })) + ' ' + c.unit + ' × ' + unitMoney(c.unitPrice)),
              el('td', { className: 'num' }, c.monthlyCost === null ? (c.usageBased ? 'usage-based' : 'unknown') : money(c.monthlyCost)),
            ),
          );
        }
      }
    }
    return el('table', { className: 'resources' }, el('thead', {}, head), el('tbody', {}, rows));
  }

  function render() {
    if (!data) return;
    const sections = [];
    sections.push(
      el(
        'header',
        {},
        el('h1', {}, 'Monthly cost ', el('span', { className: 'total' }, money(data.total))),
        el('p', { className: 'muted' }, (data.roots.length === 1 ? 'Root module ' + (data.roots[0] === '.' ? '(workspace folder)' : data.roots[0]) : data.roots.length + ' root modules') + (data.leftOut ? ' · not counting ' + data.leftOut + ' usage-based or unknown component' + (data.leftOut === 1 ? '' : 's') : '')),
        el('button', { id: 'copy', onclick: () => vscode.postMessage({ type: 'copy' }) }, 'Copy as Markdown'),
      ),
    );
    // each breakdown is a bar chart: a bar per row, scaled to the row with the largest figure
    const chart = (label, rows) => {
      const max = Math.max(0, ...rows.map((r) => r.monthlyCost));
      return table(
        [{ label }, { label: 'Resources', numeric: true }, { label: '' }, { label: 'Monthly', numeric: true }],
        rows.map((r) => el('tr', {}, el('td', {}, r.name), el('td', { className: 'num' }, String(r.count)), el('td', { className: 'chart' }, charts.bar(r.monthlyCost, max, r.name + ': ' + money(r.monthlyCost) + ' a month', 'cost')), el('td', { className: 'num' }, money(r.monthlyCost)))),
      );
    };
    if (data.modules.length > 1) {
      const modules = [...data.modules].sort((a, b) => b.monthlyCost - a.monthlyCost);
      sections.push(el('h2', {}, 'By module'), chart('Module', modules.map((m) => ({ name: (data.roots.length > 1 ? m.root + ': ' : '') + (m.address || '(root module, with the modules it calls)'), count: m.resources, monthlyCost: m.monthlyCost }))));
    }
    if (data.byType.length) {
      sections.push(el('h2', {}, 'By resource type'), chart('Type', data.byType.map((t) => ({ name: t.type, count: t.count, monthlyCost: t.monthlyCost }))));
    }
    sections.push(el('h2', {}, 'Resources'), data.resources.length ? resourcesTable() : el('p', { className: 'muted' }, 'No priced resources.'));
    if (data.usageBased.length) sections.push(el('h2', {}, 'Usage-based (not in the total)'), el('ul', {}, data.usageBased.map((u) => el('li', {}, el('code', {}, u.address), ' ' + u.component + (u.note ? ': ' + u.note : '')))));
    if (data.unknown.length) sections.push(el('h2', {}, 'Unknown before apply'), el('ul', {}, data.unknown.map((u) => el('li', {}, el('code', {}, u.address), ' ' + u.component + (u.note ? ': ' + u.note : '')))));
    if (data.unsupported.length) sections.push(el('h2', {}, 'Not priced (unsupported)'), el('ul', {}, data.unsupported.map((u) => el('li', {}, el('a', { href: '#', onclick: (e) => (e.preventDefault(), open(u)) }, u.address), ' (' + u.file + ':' + u.line + ')'))));
    sections.push(el('h2', {}, 'Assumptions'), el('ul', {}, data.assumptions.map((a) => el('li', {}, a))));
    if (data.pricesAsOf) sections.push(el('p', { className: 'muted' }, 'AWS public list prices as of ' + data.pricesAsOf + ', in USD. Offline estimate by Kensa.'));
    root.replaceChildren(...sections);
  }

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'data') {
      data = event.data.data;
      render();
    }
  });
  vscode.postMessage({ type: 'ready' });
})();

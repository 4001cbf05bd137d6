// The branch review webview (src/vscode/branch-review.ts sends the data): builds the page with DOM
// calls only (no innerHTML, so messages and names are never markup) and asks the extension to open
// a finding's place or copy the pull-request comment as Markdown. The cost change by module is a
// bar chart (media/charts.js).
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('report'));
  // @ts-ignore: media/charts.js, loaded first
  const charts = window.kensaCharts;

  const money = (n) =>
    n === null || n === undefined ? 'unknown' : n === 0 ? '$0' : '$' + Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = (n) => (n === null || n === undefined ? 'unknown' : n === 0 ? '$0' : (n > 0 ? '+' : '−') + money(n));

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

  function table(headers, rows) {
    return el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) => el('th', { className: h.numeric ? 'num' : '' }, h.label)))), el('tbody', {}, rows));
  }

  function findings(title, list, empty) {
    if (!list.length) return [el('h2', {}, title), el('p', { className: 'muted' }, empty)];
    return [
      // a row stands for every instance it names: the count is of findings, as in the headline
      el('h2', {}, title + ' (' + list.reduce((n, f) => n + f.count, 0) + ')'),
      // two columns, as the Problems panel reads: the finding, then where it is, so the message keeps
      // its width in a narrow panel
      table(
        [{ label: '' }, { label: 'Finding' }],
        list.map((f) =>
          el(
            'tr',
            {},
            // a word in the theme's problem colours: no emoji font needed, read out by screen readers
            el('td', {}, el('span', { className: 'severity ' + f.severity }, f.severity)),
            el(
              'td',
              {},
              el('div', {}, f.message),
              el(
                'div',
                { className: 'where' },
                el('code', {}, f.ruleId),
                ' · ',
                el('a', { href: '#', title: 'Open ' + f.file + ':' + f.line, onclick: (e) => (e.preventDefault(), vscode.postMessage({ type: 'open', path: f.path, line: f.line })) }, f.file + ':' + f.line),
                ...(f.resource ? [' · ', el('code', {}, f.resource)] : []),
              ),
            ),
          ),
        ),
      ),
    ];
  }

  /** The known cost change of each module as a bar chart: increases right of the middle, decreases left. */
  function moduleChart(data, multiRoot) {
    if (!data.modules.length) return [];
    const max = Math.max(0, ...data.modules.map((m) => Math.abs(m.delta)));
    const name = (m) => (multiRoot ? m.root + ': ' : '') + (m.module || 'root module');
    return [
      el('h2', {}, 'Cost change by module'),
      table(
        [{ label: 'Module' }, { label: 'Before', numeric: true }, { label: 'After', numeric: true }, { label: '' }, { label: 'Change', numeric: true }],
        data.modules.map((m) =>
          el(
            'tr',
            {},
            el('td', {}, el('code', {}, name(m))),
            el('td', { className: 'num' }, money(m.before)),
            el('td', { className: 'num' }, money(m.after)),
            el('td', { className: 'chart' }, charts.deltaBar(m.delta, max, name(m) + ': ' + signed(m.delta) + ' a month')),
            el('td', { className: 'num' }, signed(m.delta) + (m.unknownResources ? ' + unknown' : '')),
          ),
        ),
      ),
    ];
  }

  function render(data) {
    const multiRoot = new Set(data.resources.map((r) => r.root)).size > 1;
    root.replaceChildren(
      el('h1', {}, 'Kensa review'),
      el('p', { className: 'muted' }, 'The working tree against ' + data.base),
      el('p', {}, el('strong', { className: 'total' }, data.costHeadline), ' (' + money(data.before) + ' → ' + money(data.after) + ' per month)'),
      el('p', {}, el('strong', {}, data.findingsHeadline), data.unchanged ? ' (' + data.unchanged + ' unchanged)' : ''),
      el('p', {}, el('button', { id: 'copy', onclick: () => vscode.postMessage({ type: 'copy' }) }, 'Copy as Markdown')),
      ...findings('New findings', data.newFindings, 'No new findings.'),
      ...findings('Fixed findings', data.fixedFindings, 'No fixed findings.'),
      ...moduleChart(data, multiRoot),
      el('h2', {}, 'Cost changes'),
      data.resources.length
        ? table(
            [{ label: 'Resource' }, { label: 'Change' }, { label: 'Before', numeric: true }, { label: 'After', numeric: true }, { label: 'Delta', numeric: true }],
            data.resources.map((r) =>
              el(
                'tr',
                {},
                el('td', {}, el('code', {}, (multiRoot ? r.root + ': ' : '') + r.address)),
                el('td', {}, r.change + (r.previousAddress ? ' from ' + r.previousAddress : '')),
                el('td', { className: 'num' }, money(r.before)),
                el('td', { className: 'num' }, money(r.after)),
                el('td', { className: 'num' }, signed(r.delta)),
              ),
            ),
          )
        : el('p', { className: 'muted' }, 'No resource changes its cost.'),
      el('p', { className: 'note' }, 'Prices as of ' + data.pricesAsOf + ': AWS public list prices in USD, 730 hours a month; usage-based components are not counted.'),
    );
  }

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'data') render(event.data.data);
  });
  vscode.postMessage({ type: 'ready' });
})();

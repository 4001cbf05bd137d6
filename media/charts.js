// Bar charts for the Kensa webviews, drawn as inline SVG built with DOM calls: no network, no
// inline styles or scripts (the pages' Content-Security-Policy allows neither), colours from the
// theme through media/cost-report.css. Each bar is an <svg role="img"> whose label says the figure,
// so a screen reader reads the same as the table cell beside it.
// @ts-check
(function () {
  const SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attributes) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
    return e;
  }

  /**
   * A bar for `value` on a scale up to `max` (both >= 0): an SVG 100 units wide, stretched to its
   * cell by CSS. `kind` is a class: 'cost', 'increase' or 'decrease'.
   */
  function bar(value, max, label, kind) {
    const s = svg('svg', { class: 'bar ' + kind, viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img', 'aria-label': label });
    const width = max > 0 ? Math.max(value > 0 ? 0.5 : 0, (Math.min(value, max) / max) * 100) : 0;
    s.append(svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 10 }), svg('rect', { class: 'fill', x: 0, y: 1, width: width.toFixed(2), height: 8 }));
    return s;
  }

  /**
   * A bar for a signed change on a scale of +/- `max`: increases grow right of the middle line,
   * decreases left of it, so a saving never looks like a cost.
   */
  function deltaBar(delta, max, label) {
    const s = svg('svg', { class: 'bar delta ' + (delta > 0 ? 'increase' : delta < 0 ? 'decrease' : 'none'), viewBox: '0 0 200 10', preserveAspectRatio: 'none', role: 'img', 'aria-label': label });
    const width = max > 0 ? Math.max(delta !== 0 ? 0.5 : 0, (Math.min(Math.abs(delta), max) / max) * 100) : 0;
    s.append(
      svg('rect', { class: 'track', x: 0, y: 0, width: 200, height: 10 }),
      svg('rect', { class: 'fill', x: (delta < 0 ? 100 - width : 100).toFixed(2), y: 1, width: width.toFixed(2), height: 8 }),
      svg('rect', { class: 'axis', x: 99.6, y: 0, width: 0.8, height: 10 }),
    );
    return s;
  }

  // @ts-ignore: shared with the report scripts, which load after this one
  window.kensaCharts = { bar, deltaBar };
})();

/*
 * Bar charts of the metrics page as SVG, drawn as the HTML report draws them (BarChart.java): same size,
 * grid, colours and labels, so the page and the archived report look alike. No inline style: colours
 * are presentation attributes. Exposes window.SkylarkMetricsCharts.
 */
(() => {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  const WIDTH = 640, HEIGHT = 260, LEFT = 44, RIGHT = 12, TOP = 28, BOTTOM = 40;
  const PLOT_W = WIDTH - LEFT - RIGHT, PLOT_H = HEIGHT - TOP - BOTTOM;
  const FILL = { succeeded: '#2f6fb0', failed: '#c8553d', leadTime: '#3f8f6b' };

  function node(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text != null) e.textContent = text;
    return e;
  }

  /** 1, 2 or 5 times a power of ten, giving about four grid lines (BarChart.niceStep). */
  function niceStep(max) {
    const raw = Math.max(1, max) / 4;
    const power = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
    for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
    return 10 * power;
  }

  const textWidth = (s) => [...s].reduce((w, c) => w + (c.codePointAt(0) >= 0x2E80 ? 12 : 7), 0);

  /**
   * columns: [{label, tooltip, segments: [{value, cls, fill}], onSelect?}]; a column with onSelect is a
   * link (click or Enter).
   */
  function draw(id, title, columns, legend, emptyText) {
    const total = (c) => c.segments.reduce((s, g) => s + g.value, 0);
    const max = columns.reduce((m, c) => Math.max(m, total(c)), 0);
    const step = niceStep(max);
    const top = Math.max(step, Math.ceil(max / step) * step);
    const y = (v) => TOP + PLOT_H - v / top * PLOT_H;
    const svg = node('svg', { xmlns: NS, class: 'chart', id, viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH, height: HEIGHT, role: 'img', 'aria-label': title });
    svg.append(node('title', {}, title));
    for (let v = 0; v <= top; v += step) {
      svg.append(node('line', { class: 'grid', x1: LEFT, x2: WIDTH - RIGHT, y1: y(v).toFixed(1), y2: y(v).toFixed(1),
        stroke: v === 0 ? '#57606a' : '#d0d7de', 'stroke-width': 1 }));
      svg.append(node('text', { class: 'tick', x: LEFT - 6, y: y(v).toFixed(1), dy: 4, 'text-anchor': 'end',
        fill: '#57606a', 'font-size': 11 }, String(v)));
    }
    const slot = PLOT_W / Math.max(1, columns.length);
    const barWidth = Math.min(48, slot * 0.7);
    const labelEvery = Math.max(1, Math.ceil(columns.length / 16));
    columns.forEach((column, i) => {
      const x = LEFT + slot * i + (slot - barWidth) / 2;
      const g = node('g', { class: column.onSelect ? 'column link' : 'column', 'data-label': column.label });
      g.append(node('title', {}, column.tooltip));
      // An invisible full-height target, so empty weeks can be chosen too.
      if (column.onSelect) {
        g.append(node('rect', { class: 'target', x: (LEFT + slot * i).toFixed(1), y: TOP, width: slot.toFixed(1),
          height: PLOT_H, fill: 'transparent' }));
        g.setAttribute('tabindex', '0');
        g.setAttribute('role', 'link');
        g.addEventListener('click', column.onSelect);
        g.addEventListener('keydown', (e) => { if (e.key === 'Enter') column.onSelect(); });
      }
      let base = 0;
      for (const seg of column.segments) {
        if (seg.value > 0) {
          const yTop = y(base + seg.value);
          g.append(node('rect', { class: 'bar ' + seg.cls, x: x.toFixed(1), y: yTop.toFixed(1),
            width: barWidth.toFixed(1), height: (y(base) - yTop).toFixed(1), fill: seg.fill }));
          base += seg.value;
        }
      }
      svg.append(g);
      if (i % labelEvery === 0) {
        svg.append(node('text', { class: 'label', x: (LEFT + slot * i + slot / 2).toFixed(1), y: HEIGHT - BOTTOM + 16,
          'text-anchor': 'middle', fill: '#24292f', 'font-size': 11 }, column.label));
      }
    });
    let lx = LEFT;
    for (const entry of legend) {
      svg.append(node('rect', { class: 'legend-swatch', x: lx, y: 8, width: 10, height: 10, fill: entry.fill }));
      svg.append(node('text', { class: 'legend', x: lx + 14, y: 17, fill: '#24292f', 'font-size': 12 }, entry.label));
      lx += 28 + textWidth(entry.label);
    }
    if (max === 0) {
      svg.append(node('text', { class: 'chart-empty', x: LEFT + PLOT_W / 2, y: TOP + PLOT_H / 2, 'text-anchor': 'middle',
        fill: '#57606a', 'font-size': 14 }, emptyText));
    }
    return svg;
  }

  window.SkylarkMetricsCharts = { draw, FILL };
})();

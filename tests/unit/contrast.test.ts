/**
 * Text colours of both themes are readable (WCAG AA, 4.5:1) on every background they sit on:
 * the page, cards, hovered and active rows, and their own tinted background (warn/ok/error).
 * Read from the stylesheet itself, so a colour change that breaks contrast fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/base.css', 'utf8');

function theme(name: 'dark' | 'light'): Record<string, string> {
  const block = new RegExp(`\\[data-theme='${name}'\\]\\s*\\{([^}]*)\\}`).exec(css)![1]!;
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

type Rgb = [number, number, number];
function parse(c: string, over?: Rgb): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(c);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(c);
  if (!rgba || !over) throw new Error(`colour ${c}`);
  const a = Number(rgba[4]);
  return [1, 2, 3].map((i, k) => Number(rgba[i]) * a + over[k]! * (1 - a)) as Rgb;
}
const lum = (rgb: Rgb) => {
  const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(rgb[0]) + 0.7152 * f(rgb[1]) + 0.0722 * f(rgb[2]);
};
const ratio = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each(['dark', 'light'] as const)('%s theme contrast', (name) => {
  const v = theme(name);
  const elev = parse(v['bg-elev']!);
  const grounds = ['bg', 'bg-elev', 'bg-hover', 'bg-active'].map((k) => [k, parse(v[k]!)] as const);
  it.each(['fg', 'fg-muted', 'fg-strong', 'accent', 'green', 'amber', 'red'])('%s text is at least 4.5:1 on every background', (fg) => {
    for (const [k, bg] of grounds) expect(ratio(parse(v[fg]!), bg), `${fg} on ${k}`).toBeGreaterThanOrEqual(4.5);
  });
  it('status colours are readable on their own tinted backgrounds', () => {
    for (const [fg, bg] of [
      ['amber', 'warn-bg'],
      ['green', 'ok-bg'],
      ['red', 'error-bg'],
      ['best-fg', 'best-bg'],
    ] as const) {
      expect(ratio(parse(v[fg]!), parse(v[bg]!, elev)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

/** A chart.js chart bound to a canvas: built from a config, rebuilt when deps change, destroyed on unmount. */
import { BarController, BarElement, CategoryScale, Filler, type Chart, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';
import { registerChart } from '../../charts/register-chart';

let extra = false;

/** Registers the shared parts plus what these charts add (bars, categories, filled bands). */
function chartClass(): typeof Chart {
  const C = registerChart();
  if (!extra) {
    C.register(BarController, BarElement, CategoryScale, Filler);
    extra = true;
  }
  return C;
}

export function useChart(build: () => ChartConfiguration | null, deps: unknown[]) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const config = build();
    if (!canvas.current || !config) return;
    const C = chartClass();
    const chart = new C(canvas.current, config);
    return () => chart.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return canvas;
}

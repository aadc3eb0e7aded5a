import type { Attributes } from 'graphology-types';
import type { Sigma } from 'sigma';

/**
 * The view as a PNG: every canvas layer sigma stacked in its container, drawn in order on white,
 * with a caption. Copied in the frame sigma has just rendered, because a WebGL canvas without
 * `preserveDrawingBuffer` is blank once that frame is shown.
 */
export function exportPng<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, caption: string): Promise<Blob> {
  return new Promise((resolve, reject) => {
    sigma.once('afterRender', () => {
      try {
        const layers = [...sigma.getContainer().querySelectorAll('canvas')].filter((canvas) => canvas.width > 0 && canvas.height > 0);
        const stage = sigma.getStageCanvas();
        const out = document.createElement('canvas');
        out.width = stage.width;
        out.height = stage.height;
        const context = out.getContext('2d');
        if (context === null) throw new Error('No 2D canvas');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, out.width, out.height);
        for (const layer of layers) context.drawImage(layer, 0, 0, out.width, out.height);
        const scale = out.width / Math.max(1, stage.clientWidth);
        context.fillStyle = '#333333';
        context.font = `${Math.round(13 * scale)}px system-ui, "Noto Sans CJK SC", sans-serif`;
        context.fillText(caption, 12 * scale, out.height - 12 * scale);
        out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png');
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    sigma.refresh();
  });
}

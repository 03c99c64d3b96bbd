import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LayerToggles, type LayerTogglesProps } from './LayerToggles';

const base: LayerTogglesProps = {
  layers: { perimeters: true, establishments: true },
  perimeters: [],
  perimetersLoaded: false,
  establishmentCount: null,
  onChange: () => undefined,
};
const render = (props: Partial<LayerTogglesProps>) =>
  renderToStaticMarkup(<LayerToggles {...base} {...props} />);

describe('LayerToggles: « non chargé » only when nothing is loaded', () => {
  it('says « Non chargé » for layers whose file is not loaded', () => {
    const html = render({});
    expect(html).toContain('data-testid="perimeters-not-loaded"');
    expect(html).toContain('data-testid="establishments-not-loaded"');
  });

  it('says « Chargement en cours » while the start-up data are on their way', () => {
    const html = render({ starting: true });
    expect(html).not.toContain('not-loaded');
    expect(html).toContain('data-testid="perimeters-loading"');
    expect(html).toContain('data-testid="establishments-loading"');
  });

  it('says loaded but not drawn when no CPTS commune is among the contours', () => {
    const html = render({ perimetersLoaded: true });
    expect(html).not.toContain('perimeters-not-loaded');
    expect(html).toContain('data-testid="perimeters-off-contours"');
  });

  it('says loaded but not placed when no establishment has coordinates', () => {
    const html = render({ establishmentCount: 0 });
    expect(html).not.toContain('establishments-not-loaded');
    expect(html).toContain('data-testid="establishments-unplaced"');
  });

  it('says nothing more when the layers are drawn', () => {
    const html = render({
      perimeters: [{ name: 'CPTS A', colour: '#E69F00', communeCount: 3 }],
      perimetersLoaded: true,
      establishmentCount: 12,
    });
    for (const id of ['not-loaded', 'off-contours', 'unplaced']) expect(html).not.toContain(id);
  });
});

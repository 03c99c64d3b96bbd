/**
 * The three maps of the dossier as SVG (`renderSvgMap`): the territory with its neighbours, names,
 * legend, scale and north arrow; the residents' main hospital destinations; GP access by commune.
 * Each map says what it draws (`DrawnLayers`) and its legend comes from the app's one legend model
 * (`buildMapLegend` → `toSvgLegendItems`), with the app's colours, flow widths and wording; names
 * come from the same ranking as the app's map labels (`buildPlaceLabels`: larger communes first).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { buildPlaceLabels, type PlaceLabelTier } from '../geo/place-labels';
import { formatExportSources } from '../territory/export-sources';
import type { TerritoryBase } from '../territory/territory-base';
import type { DossierFigures } from './dossier-figures';
import type { DossierMaps } from './render-dossier-html';
import { flowWidthPx } from '../legend/flow-widths';
import {
  blendOnWhite,
  buildLegendModel,
  buildMapLegend,
  NOTHING_DRAWN,
  type DrawnLayers,
} from '../legend/map-legend';
import {
  NEIGHBOUR_COMMUNES,
  TERRITORY_COLOURS,
  TERRITORY_FILL_OPACITY,
} from '../legend/map-symbols';
import { toSvgLegendItems } from './svg-legend';
import { renderSvgMap, type SvgMapLabel, type SvgMapPolygon } from './svg-map';

/** The territory's wash and white zones as the app draws them over a light background. */
const COLOURS = {
  territory: blendOnWhite(TERRITORY_COLOURS.in, TERRITORY_FILL_OPACITY.in),
  white: blendOnWhite(TERRITORY_COLOURS['white-in'], TERRITORY_FILL_OPACITY['white-in']),
  inside: '#0072B2',
  outside: '#CC79A7',
} as const;

/** The legend rows of a dossier map from what it draws (the app's legend model). */
const legendOf = (drawn: Partial<DrawnLayers>) =>
  toSvgLegendItems(buildMapLegend({ ...NOTHING_DRAWN, ...drawn }));

/** Access classes around the DREES « sous-densité » threshold (consultations per inhabitant). */
const ACCESS_CLASSES = [
  { below: 1.5, colour: '#b2182b', label: 'moins de 1,5' },
  { below: 2.5, colour: '#ef8a62', label: '1,5 à 2,5 (sous le seuil)' },
  { below: 3.5, colour: '#d1e5f0', label: '2,5 à 3,5' },
  { below: 4.5, colour: '#67a9cf', label: '3,5 à 4,5' },
  { below: Infinity, colour: '#2166ac', label: '4,5 et plus' },
] as const;

/** The small maps refer to the sources section instead of repeating every file. */
const SMALL_MAP_SOURCES = 'Sources : voir « Méthodes et sources »';

const LABEL_SIZE: Record<PlaceLabelTier, number> = { 0: 15, 1: 13, 2: 11.5, 3: 10.5, 4: 9.5 };

type GeometryOf = (code: string) => Polygon | MultiPolygon | null;

/**
 * Builds the dossier's maps; the flows map needs `destinations` (FINESS → lon/lat), the access
 * map the access figures. A map without its data is null (its section says what to load).
 *
 * @example buildDossierMaps(figures, ctx.base, geometryOf, new Map()).territory?.startsWith('<svg'); // => true
 */
export function buildDossierMaps(
  f: DossierFigures,
  base: TerritoryBase,
  geometryOf: GeometryOf,
  destinations: ReadonlyMap<string, [number, number]>,
): DossierMaps {
  const members = new Set(f.analysis.codes);
  const fitTo = f.analysis.codes.flatMap((c) => geometryOf(c) ?? []);
  if (fitTo.length === 0) return { territory: null, flows: null, access: null };
  const context = contextCodes(base, members);
  const labels = placeLabels(base, [...members, ...context]);
  const sources = `Sources : ${formatExportSources(f.meta.sources)}`;
  const fictitious = f.meta.fictitious;
  const grey = (code: string): SvgMapPolygon | [] => {
    const geometry = geometryOf(code);
    return geometry
      ? {
          code,
          geometry,
          fill: NEIGHBOUR_COMMUNES.fill,
          stroke: NEIGHBOUR_COMMUNES.stroke,
          strokeWidth: 0.5,
        }
      : [];
  };
  const background = context.flatMap(grey);
  const outline: SvgMapPolygon[] = f.analysis.outline
    ? [
        {
          code: 'outline',
          geometry: f.analysis.outline.geometry,
          fill: 'none',
          stroke: TERRITORY_COLOURS.outline,
          strokeWidth: 2,
        },
      ]
    : [];
  const common = { fitTo, labels, sources, fictitious };
  return {
    territory: territoryMap(f, members, geometryOf, background, outline, common),
    flows: f.flows
      ? flowsMap(f, members, geometryOf, background, outline, destinations, {
          ...common,
          origin: centreOf(base, members),
        })
      : null,
    access: f.access ? accessMap(f, geometryOf, background, outline, common) : null,
  };
}

type Common = {
  fitTo: (Polygon | MultiPolygon)[];
  labels: SvgMapLabel[];
  sources: string;
  fictitious: boolean;
};

function territoryMap(
  f: DossierFigures,
  members: ReadonlySet<string>,
  geometryOf: GeometryOf,
  background: SvgMapPolygon[],
  outline: SvgMapPolygon[],
  common: Common,
): string {
  const overlap = new Set((f.analysis.overlaps ?? []).flatMap((o) => o.sharedCommunes));
  const white = new Set(f.analysis.whiteZones?.inside ?? []);
  const polygons = [...members].flatMap((code): SvgMapPolygon | [] => {
    const geometry = geometryOf(code);
    if (!geometry) return [];
    const fill = white.has(code) ? COLOURS.white : COLOURS.territory;
    return { code, geometry, fill, stroke: '#ffffff', strokeWidth: 0.6, hatch: overlap.has(code) };
  });
  const hatched = polygons.filter((p) => p.hatch).length;
  const whites = polygons.filter((p) => !p.hatch && p.fill === COLOURS.white).length;
  const legend = legendOf({
    territory: {
      roles: { in: polygons.length - hatched - whites, overlap: hatched, 'white-in': whites },
      outline: outline.length > 0,
      neighbours: background.length,
    },
  });
  return renderSvgMap({
    ...common,
    width: 720,
    height: 560,
    title: `Carte du territoire ${f.meta.territoryName}`,
    polygons: [...background, ...polygons, ...outline],
    legend,
    hatchColour: TERRITORY_COLOURS.overlap,
  });
}

function flowsMap(
  f: DossierFigures,
  members: ReadonlySet<string>,
  geometryOf: GeometryOf,
  background: SvgMapPolygon[],
  outline: SvgMapPolygon[],
  destinations: ReadonlyMap<string, [number, number]>,
  common: Common & { origin: [number, number] | null },
): string {
  const t = f.flows!.territory;
  const origin = common.origin;
  const top = t.topDestinations.slice(0, 6).filter((d) => destinations.has(d.finess));
  const max = Math.max(1, ...top.map((d) => d.stays));
  const min = Math.min(max, ...top.map((d) => d.stays));
  // The app's flow widths (square root of the stays), so the legend's samples match the lines.
  const width = (stays: number) => flowWidthPx(stays, min, max);
  const polygons = [...members].flatMap((code): SvgMapPolygon | [] => {
    const geometry = geometryOf(code);
    return geometry
      ? { code, geometry, fill: COLOURS.territory, stroke: '#ffffff', strokeWidth: 0.4 }
      : [];
  });
  const colour = (inside: boolean) => (inside ? COLOURS.inside : COLOURS.outside);
  const kinds = [
    ...(top.some((d) => d.inTerritory)
      ? [{ label: 'Séjours dans le territoire', colour: colour(true) }]
      : []),
    ...(top.some((d) => !d.inTerritory)
      ? [{ label: 'Séjours hors du territoire', colour: colour(false) }]
      : []),
  ];
  const legend = legendOf({
    territory: {
      roles: { in: polygons.length },
      outline: outline.length > 0,
      neighbours: background.length,
    },
    flowLines:
      top.length && origin
        ? { count: top.length, minStays: Math.round(min), maxStays: Math.round(max), kinds }
        : null,
  });
  return renderSvgMap({
    ...common,
    fitTo: [...common.fitTo, ...top.map((d) => pointPolygon(destinations.get(d.finess)!))],
    width: 520,
    height: 420,
    title: 'Principales destinations hospitalières des habitants',
    sources: SMALL_MAP_SOURCES,
    polygons: [...background, ...polygons, ...outline],
    lines: origin
      ? top.map((d) => ({
          from: origin,
          to: destinations.get(d.finess)!,
          width: width(d.stays),
          colour: colour(d.inTerritory),
          title: `${d.name} : ${Math.round(d.stays).toLocaleString('fr-FR')} séjours`,
        }))
      : [],
    points: top.map((d) => ({
      at: destinations.get(d.finess)!,
      radius: 3.5,
      fill: colour(d.inTerritory),
      stroke: '#ffffff',
      title: d.name,
    })),
    legend,
    labels: common.labels.filter((l) => l.rank < 40),
  });
}

function accessMap(
  f: DossierFigures,
  geometryOf: GeometryOf,
  background: SvgMapPolygon[],
  outline: SvgMapPolygon[],
  common: Common,
): string {
  const a = f.access!;
  const classOf = (score: number) => ACCESS_CLASSES.find((c) => score < c.below)!;
  const counts = new Map<string, number>();
  const polygons = Object.entries(a.scoreByCode).flatMap(([code, score]): SvgMapPolygon | [] => {
    const geometry = geometryOf(code);
    if (!geometry) return [];
    const c = classOf(score);
    counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
    return { code, geometry, fill: c.colour, stroke: '#ffffff', strokeWidth: 0.4 };
  });
  const classes = buildLegendModel(
    'Accès aux médecins généralistes (E2SFCA)',
    'consultations par habitant et par an',
    {
      entries: ACCESS_CLASSES.filter((c) => counts.has(c.label)).map((c) => ({
        colour: c.colour,
        label: c.label,
        count: counts.get(c.label) ?? 0,
      })),
      notes: [],
      missing: 0,
    },
  );
  const legend = legendOf({
    territory: { roles: {}, outline: outline.length > 0, neighbours: background.length },
    choropleth: classes,
  });
  return renderSvgMap({
    ...common,
    width: 520,
    height: 420,
    title: 'Accès aux médecins généralistes par commune',
    sources: SMALL_MAP_SOURCES,
    polygons: [...background, ...polygons, ...outline],
    legend,
    labels: common.labels.filter((l) => l.rank < 40),
  });
}

/** Communes around the territory: centroid within its bounding box grown by 25 % each side. */
function contextCodes(base: TerritoryBase, members: ReadonlySet<string>): string[] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of base.communes) {
    if (!members.has(c.code) || c.centroidLon === null || c.centroidLat === null) continue;
    w = Math.min(w, c.centroidLon);
    e = Math.max(e, c.centroidLon);
    s = Math.min(s, c.centroidLat);
    n = Math.max(n, c.centroidLat);
  }
  const dx = Math.max(0.05, (e - w) * 0.25);
  const dy = Math.max(0.04, (n - s) * 0.25);
  return base.communes
    .filter(
      (c) =>
        !members.has(c.code) &&
        c.centroidLon !== null &&
        c.centroidLat !== null &&
        c.centroidLon >= w - dx &&
        c.centroidLon <= e + dx &&
        c.centroidLat >= s - dy &&
        c.centroidLat <= n + dy,
    )
    .map((c) => c.code);
}

/** Place names of the drawn communes, ranked as the app's map labels. */
function placeLabels(base: TerritoryBase, codes: readonly string[]): SvgMapLabel[] {
  const rows = codes.flatMap((code) => base.communes[base.indexByCode.get(code) ?? -1] ?? []);
  const centroids: Record<string, [number, number]> = {};
  for (const c of rows)
    if (c.centroidLon !== null && c.centroidLat !== null)
      centroids[c.code] = [c.centroidLon, c.centroidLat];
  return buildPlaceLabels(rows, centroids).features.map((p) => ({
    at: p.geometry.coordinates as [number, number],
    name: p.properties.name,
    rank: p.properties.rank,
    size: LABEL_SIZE[p.properties.tier],
    weight: p.properties.tier <= 1 ? 'bold' : 'normal',
  }));
}

/**
 * The flows' origin: the centre of the territory's communes weighted by population (each commune
 * counts 1 when no population is loaded); null when no commune has a centroid.
 */
function centreOf(base: TerritoryBase, members: ReadonlySet<string>): [number, number] | null {
  let [x, y, w] = [0, 0, 0];
  for (const code of members) {
    const c = base.communes[base.indexByCode.get(code) ?? -1];
    if (!c || c.centroidLon === null || c.centroidLat === null) continue;
    const weight = c.population ?? 1;
    x += c.centroidLon * weight;
    y += c.centroidLat * weight;
    w += weight;
  }
  return w > 0 ? [x / w, y / w] : null;
}

/** A tiny square around a point, so that the view also fits the destinations. */
function pointPolygon([x, y]: [number, number]): Polygon {
  const d = 0.01;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x - d, y - d],
        [x + d, y - d],
        [x + d, y + d],
        [x - d, y + d],
        [x - d, y - d],
      ],
    ],
  };
}

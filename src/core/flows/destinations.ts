import { establishmentFamily } from '../territory/establishment-family';
import type { Destination, FlowEstablishment } from './flow-types';

/** Result of {@link resolveDestinations}. */
export interface ResolvedDestinations {
  byFiness: Map<string, Destination>;
  /** FINESS of the stays matching no establishment (neither ET nor EJ): reported, never dropped. */
  unresolved: string[];
}

/** An establishment with, when the loader gives it, the file's own category label. */
type LabelledEstablishment = FlowEstablishment & { categoryLabel?: string };

const HOSPITAL_RANK: Record<string, number> = { hopital: 0, clinique: 1 };

/**
 * Places each FINESS reported by the PMSI at an establishment commune. The PMSI reports public
 * (ex-DGF) hospitals under their FINESS juridique (EJ) and private clinics under their FINESS
 * géographique (ET) (DOMAIN.md section 2; ATIH, « Guide méthodologique MCO », identification des
 * établissements): a FINESS is first looked up among the ET, then among the EJ. An EJ with several
 * sites is placed at its main hospital site (category hôpital, then clinique, then any), ties
 * broken by the smallest ET, so an EHPAD of the same EJ never becomes the destination.
 *
 * @param reported FINESS codes of the stays file (strings, 9 characters)
 * @param establishments the FINESS directory as loaded
 * @example
 * resolveDestinations(['960000017'], etabs).byFiness.get('960000017')?.level // 'EJ'
 */
export function resolveDestinations(
  reported: Iterable<string>,
  establishments: readonly LabelledEstablishment[],
): ResolvedDestinations {
  const byEt = new Map<string, LabelledEstablishment>();
  const byEj = new Map<string, LabelledEstablishment[]>();
  for (const e of establishments) {
    byEt.set(e.finessEt, e);
    const list = byEj.get(e.finessEj) ?? [];
    list.push(e);
    byEj.set(e.finessEj, list);
  }
  const byFiness = new Map<string, Destination>();
  const unresolved: string[] = [];
  for (const finess of [...new Set(reported)].sort()) {
    const et = byEt.get(finess);
    const site = et ?? mainSite(byEj.get(finess) ?? []);
    if (!site) {
      unresolved.push(finess);
      continue;
    }
    byFiness.set(finess, {
      finess,
      communeCode: site.communeCode,
      name: site.name,
      level: et ? 'ET' : 'EJ',
      siteFiness: site.finessEt,
      lon: site.lon,
      lat: site.lat,
    });
  }
  return { byFiness, unresolved };
}

function mainSite(sites: readonly LabelledEstablishment[]): LabelledEstablishment | undefined {
  const rank = (e: LabelledEstablishment) =>
    HOSPITAL_RANK[establishmentFamily(e.categoryCode, e.categoryLabel)] ?? 2;
  return [...sites].sort((a, b) => rank(a) - rank(b) || (a.finessEt < b.finessEt ? -1 : 1))[0];
}

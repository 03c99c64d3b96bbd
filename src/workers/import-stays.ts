/**
 * The PMSI step of the import: decides how the residence zones of a stays file are read
 * (`detectZoneKind`, or the user's choice), writes it on every row, and reports per allocation
 * method the zones and stays, the ambiguous zones (a postal code that is also another commune's
 * INSEE code) and the zones that no reference knows. Works chunk by chunk for streamed files.
 */
import {
  detectZoneKind,
  isMergedPmsiCode,
  isSpecialPmsiCode,
  ZONE_KIND_LABELS,
  type ZoneKind,
  type ZoneKindDetection,
  type ZoneKindReferences,
} from '../core/flows/zone-kind';
import {
  resolveCommuneCode,
  type CommuneReferential,
} from '../core/reconcile/resolve-commune-code';
import type { DataIssue, StayFlow } from '../core/types';
import type { PostalReferential } from '../io/commune-referential';

/** What the zones are matched against during an import. */
export interface ZoneContext extends ZoneKindReferences {
  ref: CommuneReferential;
  postal: PostalReferential;
  /** Commune codes valid although not in the COG (loaded contours, e.g. the demo's 96…). */
  extraCommunes: ReadonlySet<string>;
}

type Method = 'atih' | 'postal' | 'commune' | 'special' | 'unknown';

const METHOD_LABELS: Record<Method, string> = {
  atih: 'table ATIH',
  postal: 'code postal',
  commune: 'code commune',
  special: 'code spécial 99… (étranger, inconnu)',
  unknown: 'inconnue de toutes les références',
};

/** Applies a zone kind to the stays of one file and tallies the zones, chunk after chunk. */
export class StayZoneStep {
  readonly detection: ZoneKindDetection | null;
  readonly kind: ZoneKind;
  private readonly zones = new Map<string, { method: Method; stays: number; cells: number }>();
  private repairedCodes = 0;

  /**
   * @param firstRows - Rows of the file (or of its first chunk) used for the detection.
   * @param chosen - The user's choice (import panel, CLI `--zone-kind`), which wins.
   */
  constructor(
    private readonly file: string,
    firstRows: readonly Pick<StayFlow, 'zoneCode'>[],
    private readonly context: ZoneContext,
    chosen?: ZoneKind,
  ) {
    this.detection = chosen ? null : detectZoneKind(zoneCodes(firstRows), context);
    this.kind = chosen ?? this.detection?.kind ?? 'postal';
  }

  /**
   * Gives the rows their zone kind (INSEE zones reconciled to the current commune), in place: the
   * rows are the parser's own, fresh for each file or chunk (1 M rows: no copy).
   */
  apply(rows: StayFlow[]): StayFlow[] {
    for (const row of rows) {
      let zoneCode = row.zoneCode;
      if (this.kind === 'insee' && !isSpecialPmsiCode(zoneCode)) {
        const r = resolveCommuneCode(zoneCode, this.context.ref, this.context.extraCommunes);
        if (r.code !== null && r.code !== zoneCode) {
          zoneCode = r.code;
          this.repairedCodes += 1;
        }
      }
      this.tally(zoneCode, row.stays);
      row.zoneCode = zoneCode;
      row.zoneKind = this.kind;
    }
    return rows;
  }

  /**
   * Same as {@link apply} on a file summarised by zone (a file read by DuckDB: each distinct zone
   * code with its stays and rows, in order of first line).
   *
   * @returns The zones whose code changes (INSEE codes reconciled), as (code read, code kept).
   */
  applyToZones(
    zones: readonly { zone: string; stays: number; rows: number }[],
  ): { from: string; to: string }[] {
    const changed: { from: string; to: string }[] = [];
    for (const z of zones) {
      let zoneCode = z.zone;
      if (this.kind === 'insee' && !isSpecialPmsiCode(zoneCode)) {
        const r = resolveCommuneCode(zoneCode, this.context.ref, this.context.extraCommunes);
        if (r.code !== null && r.code !== zoneCode) {
          zoneCode = r.code;
          this.repairedCodes += z.rows;
          changed.push({ from: z.zone, to: zoneCode });
        }
      }
      this.tally(zoneCode, z.stays, z.rows);
    }
    return changed;
  }

  /** The report of the file: kind and why, zones and stays per method, ambiguous, unknown. */
  issues(): DataIssue[] {
    const file = this.file;
    const perMethod = new Map<Method, { zones: number; stays: number; cells: number }>();
    for (const z of this.zones.values()) {
      const m = perMethod.get(z.method) ?? { zones: 0, stays: 0, cells: 0 };
      m.zones += 1;
      m.stays += z.stays;
      m.cells += z.cells;
      perMethod.set(z.method, m);
    }
    const how = this.detection ? `détecté : ${this.detection.reason}` : 'choisi par l’utilisateur';
    const summary = [...perMethod]
      .map(([m, t]) => `${METHOD_LABELS[m]} : ${t.zones} zone(s), ${fmt(t.stays)} séjour(s)`)
      .join(' ; ');
    const issues: DataIssue[] = [
      {
        severity: this.detection?.ambiguous ? 'warning' : 'info',
        code: 'zone-kind',
        file,
        column: 'code_geo',
        message:
          `${file} : zones de résidence lues comme ${ZONE_KIND_LABELS[this.kind]} (${how}). ${summary}. ` +
          'Les séjours sont répartis entre communes au prorata de la population. ' +
          'Si ce n’est pas le bon type, choisissez-le dans la correspondance des colonnes ' +
          '(ligne de commande : --zone-kind postal|insee|pmsi).',
      },
    ];
    const ambiguous = this.ambiguousZones();
    if (ambiguous.length > 0) {
      issues.push({
        severity: 'warning',
        code: 'ambiguous-zone',
        file,
        column: 'code_geo',
        count: ambiguous.length,
        message:
          `${file}, colonne code_geo : ${ambiguous.length} zone(s) sont à la fois un code postal et le code INSEE d’une autre commune ` +
          `(${ambiguous.slice(0, 5).join(' ; ')}${ambiguous.length > 5 ? ' ; …' : ''}) : lues comme ${ZONE_KIND_LABELS[this.kind]}.`,
      });
    }
    const unknown = [...this.zones].filter(([, z]) => z.method === 'unknown');
    if (unknown.length > 0) {
      const stays = unknown.reduce((s, [, z]) => s + z.stays, 0);
      issues.push({
        severity: 'warning',
        code: 'unplaced-zone',
        file,
        column: 'code_geo',
        count: unknown.length,
        message:
          `${file}, colonne code_geo : ${unknown.length} zone(s) (${fmt(stays)} séjours) inconnue(s) comme ${ZONE_KIND_LABELS[this.kind]} ` +
          `(${unknown
            .slice(0, 8)
            .map(([c]) => c)
            .join(
              ', ',
            )}${unknown.length > 8 ? ', …' : ''}) : ces séjours ne sont placés sur aucune commune ` +
          (this.kind === 'pmsi'
            ? '(chargez la table ATIH des codes géographiques PMSI pour les codes regroupés).'
            : '(vérifiez le type de zone).'),
      });
    }
    if (this.repairedCodes > 0) {
      issues.push({
        severity: 'warning',
        code: 'old-commune-code',
        file,
        column: 'code_geo',
        count: this.repairedCodes,
        message: `${file}, colonne code_geo : ${this.repairedCodes} ligne(s) avec un ancien code commune ou un arrondissement, rattachée(s) à la commune actuelle (${this.context.ref.source}).`,
      });
    }
    return issues;
  }

  private tally(zoneCode: string, stays: number | null, rows = 1): void {
    let z = this.zones.get(zoneCode);
    if (!z) {
      z = { method: this.methodOf(zoneCode), stays: 0, cells: 0 };
      this.zones.set(zoneCode, z);
    }
    z.cells += rows;
    z.stays += stays ?? 0;
  }

  private methodOf(code: string): Method {
    const c = this.context;
    if (isSpecialPmsiCode(code)) return 'special';
    if (this.kind === 'insee')
      return c.communeCodes.has(code) || c.extraCommunes.has(code) ? 'commune' : 'unknown';
    if (this.kind === 'pmsi' && c.atihZones.has(code)) return 'atih';
    if (this.kind === 'pmsi' && isMergedPmsiCode(code)) return 'unknown';
    return c.postalCodes.has(code) ? 'postal' : 'unknown';
  }

  /** « 01400 : code postal de 01001, 01084… et code INSEE de 01400 », for postal/pmsi reading. */
  private ambiguousZones(): string[] {
    const out: string[] = [];
    for (const [code, z] of this.zones) {
      if (z.method === 'special') continue;
      const communes = this.context.postal.communesByPostal.get(code) ?? [];
      const isCommune = this.context.ref.current.has(code);
      if (!isCommune || communes.length === 0 || communes.includes(code)) continue;
      const list = communes.slice(0, 3).join(', ') + (communes.length > 3 ? '…' : '');
      out.push(`${code} : code postal de ${list} et code INSEE d’une autre commune`);
    }
    return out;
  }
}

function* zoneCodes(rows: readonly Pick<StayFlow, 'zoneCode'>[]): Generator<string> {
  for (const r of rows) yield r.zoneCode;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('fr-FR');
}

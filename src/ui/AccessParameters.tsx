/** The editable parameters of the access analysis (every one visible, none hidden). */
import { DECAY_PRESETS, type DecayPreset } from '../core/access/decay';
import type { AccessParameters } from '../core/access/analyse-access';
import { GP_CONSUMPTION_WEIGHTS } from '../core/access/age-weights';
import { CONSULTATIONS_PER_FTE } from '../core/access/defaults';
import { AGE_BANDS } from '../core/types';

const AGE_LABELS: Record<(typeof AGE_BANDS)[number], string> = {
  '0014': '0–14 ans',
  '1529': '15–29 ans',
  '3044': '30–44 ans',
  '4559': '45–59 ans',
  '6074': '60–74 ans',
  '75P': '75 ans et +',
};

function num(value: string, fallback: number): number {
  const v = Number(value.replace(',', '.'));
  return Number.isFinite(v) ? v : fallback;
}

/** Columns given by the loaded activity file (null: none loaded). */
export interface ActivityColumns {
  fte: boolean;
  consultations: boolean;
  age: boolean;
}

export function AccessParametersForm({
  value,
  onChange,
  threshold,
  onThreshold,
  activity,
}: {
  value: AccessParameters;
  onChange: (p: AccessParameters) => void;
  threshold: number;
  onThreshold: (t: number) => void;
  activity: ActivityColumns | null;
}) {
  const set = (patch: Partial<AccessParameters>) => onChange({ ...value, ...patch });
  return (
    <details className="access-params" open>
      <summary>Paramètres (tous modifiables)</summary>
      <label>
        Décroissance avec le temps de trajet{' '}
        <select
          data-testid="access-decay-preset"
          onChange={(e) =>
            set({
              decay: DECAY_PRESETS[e.target.value as DecayPreset].steps.map((s) => ({ ...s })),
            })
          }
          defaultValue="drees"
        >
          {Object.entries(DECAY_PRESETS).map(([k, p]) => (
            <option key={k} value={k}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <table className="access-steps">
        <thead>
          <tr>
            <th>jusqu’à (min)</th>
            <th>poids</th>
          </tr>
        </thead>
        <tbody>
          {value.decay.map((s, i) => (
            <tr key={i}>
              <td>
                <input
                  type="number"
                  step="any"
                  value={s.upToMinutes}
                  aria-label={`Borne du palier ${i + 1} (minutes)`}
                  onChange={(e) =>
                    set({
                      decay: value.decay.map((x, j) =>
                        j === i ? { ...x, upToMinutes: num(e.target.value, x.upToMinutes) } : x,
                      ),
                    })
                  }
                />
              </td>
              <td>
                <input
                  type="number"
                  step="any"
                  min={0}
                  max={1}
                  value={Math.round(s.weight * 1000) / 1000}
                  aria-label={`Poids du palier ${i + 1}`}
                  onChange={(e) =>
                    set({
                      decay: value.decay.map((x, j) =>
                        j === i ? { ...x, weight: num(e.target.value, x.weight) } : x,
                      ),
                    })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint" data-testid="access-decay-assumption">
        Poids 0 au-delà du dernier palier. Préréglage « DREES » : la DREES indique seulement un
        recours dégressif entre 0 et 20 minutes (méthode refondue en 2015) sans publier ici ses
        paliers ; 1 / ⅔ / ⅓ jusqu’à 10 / 15 / 20 min est une <strong>hypothèse</strong> à remplacer
        par les valeurs de la note de méthode si vous les avez. « DREES 2012 » : paliers publiés par
        Barlet et al. (Études et Résultats n° 795).
      </p>
      <fieldset>
        <legend>Temps estimé sans matrice : distance à vol d’oiseau × détour ÷ vitesse</legend>
        <label>
          Facteur de détour{' '}
          <input
            type="number"
            step="0.05"
            data-testid="access-detour"
            value={value.travel.detourFactor}
            onChange={(e) =>
              set({ travel: { ...value.travel, detourFactor: num(e.target.value, 1.3) } })
            }
          />
        </label>
        <label>
          Vitesse (km/h){' '}
          <input
            type="number"
            step="5"
            data-testid="access-speed"
            value={value.travel.speedKmh}
            onChange={(e) =>
              set({ travel: { ...value.travel, speedKmh: num(e.target.value, 60) } })
            }
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Demande</legend>
        <label>
          <input
            type="checkbox"
            data-testid="access-age-standardise"
            checked={value.ageWeights !== null}
            onChange={(e) =>
              set({ ageWeights: e.target.checked ? { ...GP_CONSUMPTION_WEIGHTS } : null })
            }
          />{' '}
          Standardiser la population par la consommation de soins selon l’âge
        </label>
        {value.ageWeights && (
          <table className="access-steps">
            <tbody>
              {AGE_BANDS.map((b) => (
                <tr key={b}>
                  <td>{AGE_LABELS[b]}</td>
                  <td>
                    <input
                      type="number"
                      step="0.05"
                      aria-label={`Poids ${AGE_LABELS[b]}`}
                      value={value.ageWeights?.[b] ?? 1}
                      onChange={(e) =>
                        set({
                          ageWeights: {
                            ...(value.ageWeights ?? GP_CONSUMPTION_WEIGHTS),
                            [b]: num(e.target.value, 1),
                          },
                        })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="hint">
          <strong>Hypothèse</strong> : ordres de grandeur de la consommation de consultations de
          généraliste par âge. La DREES standardise la demande par le taux de recours par âge
          (données de l’Assurance maladie) mais ses coefficients ne sont pas publiés avec
          l’indicateur ; remplacez ces poids si vous les avez.
        </p>
      </fieldset>
      <fieldset>
        <legend>Offre</legend>
        <label>
          Unité d’offre{' '}
          <select
            data-testid="access-supply-mode"
            value={value.supplyMode}
            onChange={(e) => set({ supplyMode: e.target.value as AccessParameters['supplyMode'] })}
          >
            <option value="people">personnes (Annuaire Santé)</option>
            <option value="fte" disabled={!activity?.fte}>
              ETP (fichier d’activité)
            </option>
            <option value="consultations" disabled={!activity?.consultations}>
              actes par an (fichier d’activité)
            </option>
          </select>
        </label>
        <label>
          Exclure les professionnels de plus de{' '}
          <input
            type="number"
            step="1"
            min={18}
            data-testid="access-max-age"
            placeholder="aucune borne"
            value={value.maxAge ?? ''}
            onChange={(e) =>
              set({
                maxAge: e.target.value.trim() === '' ? null : num(e.target.value, 65),
              })
            }
          />{' '}
          ans (APL DREES : variantes ≤ 65, ≤ 62, ≤ 60 ans)
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="access-convert"
            checked={value.consultationsPerUnit !== null}
            onChange={(e) =>
              set({ consultationsPerUnit: e.target.checked ? CONSULTATIONS_PER_FTE : null })
            }
          />{' '}
          Convertir en consultations : 1 {value.supplyMode === 'fte' ? 'ETP' : 'professionnel'} ={' '}
          <input
            type="number"
            step="100"
            disabled={value.consultationsPerUnit === null || value.supplyMode === 'consultations'}
            value={value.consultationsPerUnit ?? CONSULTATIONS_PER_FTE}
            onChange={(e) =>
              set({ consultationsPerUnit: num(e.target.value, CONSULTATIONS_PER_FTE) })
            }
          />{' '}
          consultations/an (≈ 1 ETP de généraliste selon la DREES)
        </label>
        <p className="hint">
          {activity
            ? `Fichier d’activité chargé : ${[activity.fte && 'ETP', activity.consultations && 'actes', activity.age && 'âges'].filter(Boolean).join(', ') || 'aucune colonne utilisable'}. Un professionnel absent du fichier compte 0 en ETP ou en actes (signalé).`
            : 'L’Annuaire Santé ne donne ni ETP, ni activité, ni âge : l’offre est comptée en personnes (une personne exerçant dans deux communes compte ½ dans chacune) et la borne d’âge ne peut pas s’appliquer. Chargez un fichier d’activité (Identification nationale PP ; etp ; nb_actes ; age) ci-dessous.'}
        </p>
        <label>
          Seuil de sous-densité{' '}
          <input
            type="number"
            step="0.1"
            data-testid="access-threshold"
            value={threshold}
            onChange={(e) => onThreshold(num(e.target.value, threshold))}
          />{' '}
          (dans l’unité du score ; DREES : 2,5 consultations/an)
        </label>
      </fieldset>
    </details>
  );
}

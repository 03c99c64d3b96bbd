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

export function AccessParametersForm({
  value,
  onChange,
  threshold,
  onThreshold,
}: {
  value: AccessParameters;
  onChange: (p: AccessParameters) => void;
  threshold: number;
  onThreshold: (t: number) => void;
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
      <p className="hint">Poids 0 au-delà du dernier palier.</p>
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
          Poids : ordres de grandeur de la consommation de consultations de généraliste par âge
          (DREES), pas les coefficients exacts de l’APL ; remplacez-les au besoin.
        </p>
      </fieldset>
      <fieldset>
        <legend>Offre</legend>
        <label>
          <input
            type="checkbox"
            data-testid="access-convert"
            checked={value.consultationsPerUnit !== null}
            onChange={(e) =>
              set({ consultationsPerUnit: e.target.checked ? CONSULTATIONS_PER_FTE : null })
            }
          />{' '}
          Convertir en consultations : 1 professionnel ={' '}
          <input
            type="number"
            step="100"
            disabled={value.consultationsPerUnit === null}
            value={value.consultationsPerUnit ?? CONSULTATIONS_PER_FTE}
            onChange={(e) =>
              set({ consultationsPerUnit: num(e.target.value, CONSULTATIONS_PER_FTE) })
            }
          />{' '}
          consultations/an (≈ 1 ETP de généraliste selon la DREES)
        </label>
        <p className="hint">
          L’Annuaire Santé ne donne ni ETP, ni activité, ni âge : l’offre est comptée en personnes
          (une personne exerçant dans deux communes compte ½ dans chacune) et la borne d’âge (APL ≤
          65 ans) ne peut pas s’appliquer.
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

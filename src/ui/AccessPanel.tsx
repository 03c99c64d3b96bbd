/**
 * « Accès aux soins » tab: APL-like E2SFCA per commune, map of the score with its unit, territory
 * roll-up, what-if scenarios and comparison with the DREES APL. Layout only: the state, the
 * computations (worker) and the roll-ups live in `useAccessAnalysis`, kept across tab visits.
 */
import { useAppServices } from '../app/app-services';
import { useAccessAnalysis } from '../app/use-access-analysis';
import { professionPluralLabel } from '../core/territory/directory-labels';
import { AccessFiles } from './AccessFiles';
import { AccessMapAndApl } from './AccessMapAndApl';
import { AccessParametersForm } from './AccessParameters';
import { AccessResults } from './AccessResults';
import { AccessTerritorySelect } from './AccessTerritorySelect';
import { AccessWhatIf } from './AccessWhatIf';
import './access.css';

export function AccessPanel() {
  const a = useAccessAnalysis(useAppServices());
  const { result, territoryRollUp, reference, activity } = a;

  return (
    <section
      className="panel-section access-panel"
      data-testid="access-panel"
      data-runs={a.runs}
      aria-busy={a.busy}
    >
      <h2>Accès aux professionnels (APL type E2SFCA)</h2>
      <label>
        Profession{' '}
        <select
          data-testid="access-profession"
          value={a.profession}
          onChange={(e) => a.chooseProfession(e.target.value)}
        >
          {a.professions.map((p) => (
            <option key={p.key} value={p.key}>
              {professionPluralLabel(p.label)} ({p.people})
            </option>
          ))}
        </select>
      </label>
      <AccessParametersForm
        value={a.parameters}
        onChange={a.setParameters}
        threshold={a.threshold}
        onThreshold={a.setThreshold}
        activity={
          activity && {
            fte: activity.rows.some((r) => r.fte !== null),
            consultations: activity.rows.some((r) => r.consultations !== null),
            age: activity.rows.some((r) => r.age !== null),
          }
        }
      />
      <AccessFiles
        times={a.times}
        activity={activity}
        messages={a.fileMessages}
        onFile={(f) => void a.onFile(f)}
        onClearTimes={a.clearTimes}
        onClearActivity={a.clearActivity}
      />
      <button
        type="button"
        data-testid="access-compute"
        disabled={a.busy}
        aria-busy={a.busy}
        onClick={() => void a.compute()}
      >
        {a.busy ? 'Calcul…' : 'Calculer'}
      </button>
      {a.error && (
        <p role="alert" className="access-issue">
          {a.error}
        </p>
      )}
      {result && territoryRollUp && reference && (
        <>
          <AccessTerritorySelect
            value={a.territories.selected}
            drafts={a.territories.drafts}
            perimeters={a.perimeters}
            onChange={a.chooseTerritory}
          />
          {a.supplyDefinition && (
            <p className="access-supply" data-testid="access-supply-definition">
              {a.supplyDefinition}
            </p>
          )}
          <AccessResults
            territory={territoryRollUp}
            reference={reference}
            unit={result.unit.label}
            threshold={a.threshold}
            territoryLabel={a.territories.option?.label ?? 'Toutes'}
          />
          <ul className="access-notes" data-testid="access-notes">
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <AccessWhatIf
            picked={a.picked}
            nameOf={a.nameOf}
            changes={a.changes}
            onChange={a.applyChange}
            result={result}
            baseline={a.baseline}
            current={territoryRollUp}
            busy={a.busy}
          />
          <AccessMapAndApl
            apl={a.apl}
            comparison={a.aplComparison}
            sideBySide={a.sideBySide}
            hasChanges={a.changes.length > 0}
            mapMode={a.mapMode}
            onMapMode={a.setMapMode}
            nameOf={a.nameOf}
          />
        </>
      )}
    </section>
  );
}

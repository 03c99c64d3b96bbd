/** The « Territoire » tab: build, edit, analyse, compare and export named territories. */
import { useMemo, useState } from 'react';
import { useAppServices } from '../app/app-services';
import type { LoadedFile } from '../app/commit-import';
import { useTerritoryWorkbench } from '../app/territory-workbench';
import type { ProjectOpenMode } from '../app/use-project-file';
import { searchCommunes } from '../core/territory/search-communes';
import { InfoTerm } from './InfoTerm';
import { MissingCommunesNotice } from './MissingCommunesNotice';
import { TerritoryIndicators } from './TerritoryIndicators';
import { TerritoryComparison } from './TerritoryComparison';
import { TerritoryDrawTools } from './TerritoryDrawTools';
import { TerritoryExports } from './TerritoryExports';
import { TerritorySummary } from './TerritorySummary';
import './territory.css';

export function TerritoryPanel() {
  const services = useAppServices();
  const wb = useTerritoryWorkbench(services);
  const [query, setQuery] = useState('');
  const [openMode, setOpenMode] = useState<ProjectOpenMode>('add');
  const results = useMemo(
    () => searchCommunes(services.data.communes.names(), query),
    [services.data, query],
  );
  const { active, project, dispatch } = wb;

  return (
    <section className="territory" data-testid="territory-panel" data-status={wb.status}>
      <div className="territory-row">
        <select
          aria-label="Territoire actif"
          data-testid="territory-select"
          value={active?.id ?? ''}
          onChange={(e) => dispatch({ type: 'activate', id: e.target.value })}
        >
          {!active && <option value="">— aucun territoire —</option>}
          {project.territories.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.codes.length})
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="territory-new"
          onClick={() =>
            dispatch({ type: 'create', name: `Territoire ${project.territories.length + 1}` })
          }
        >
          Nouveau
        </button>
      </div>
      <MissingCommunesNotice />
      {active && (
        <div className="territory-row">
          <input
            aria-label="Nom du territoire"
            data-testid="territory-name"
            key={active.id}
            defaultValue={active.name}
            onBlur={(e) => dispatch({ type: 'rename', id: active.id, name: e.target.value })}
            onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
          />
          <button
            type="button"
            onClick={() =>
              window.confirm(`Supprimer « ${active.name} » ?`) &&
              dispatch({ type: 'delete', id: active.id })
            }
          >
            Supprimer
          </button>
        </div>
      )}
      <div className="territory-row">
        <button
          type="button"
          data-testid="territory-undo"
          disabled={!wb.canUndo}
          onClick={() => dispatch({ type: 'undo' })}
          title="Ctrl+Z"
        >
          Annuler
        </button>
        <button
          type="button"
          data-testid="territory-redo"
          disabled={!wb.canRedo}
          onClick={() => dispatch({ type: 'redo' })}
          title="Ctrl+Y ou Ctrl+Maj+Z"
        >
          Rétablir
        </button>
      </div>
      {wb.message && (
        <p className="territory-message" role="status" data-testid="territory-message">
          {wb.message}{' '}
          <button type="button" onClick={() => wb.setMessage(null)} aria-label="Fermer">
            ×
          </button>
        </p>
      )}
      {wb.status === 'preparing' && <p>Préparation de l’atelier…</p>}
      {!active && wb.status === 'ready' && (
        <p>
          Créez un territoire (« Nouveau » ou depuis une CPTS) puis cliquez sur les communes de la
          carte.
        </p>
      )}

      <details open className="territory-tools">
        <summary>Construire</summary>
        <label>
          Partir d’une CPTS :{' '}
          <select
            data-testid="territory-from-cpts"
            value=""
            onChange={(e) => {
              const p = wb.perimeters.find((x) => x.name === e.target.value);
              if (p) dispatch({ type: 'create', name: p.name, codes: p.codes, basedOn: p.name });
            }}
          >
            <option value="">choisir…</option>
            {wb.perimeters.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Ajouter un EPCI :{' '}
          <select
            data-testid="territory-epci"
            value=""
            disabled={!active}
            onChange={(e) => {
              const epci = wb.epcis.find((x) => x.code === e.target.value);
              if (epci) dispatch({ type: 'add', codes: epci.communes });
            }}
          >
            <option value="">choisir…</option>
            {wb.epcis.map((x) => (
              <option key={x.code} value={x.code}>
                {x.name} ({x.communes.length})
              </option>
            ))}
          </select>
        </label>
        <input
          type="search"
          placeholder="Ajouter une commune (nom ou code INSEE)"
          aria-label="Ajouter une commune"
          data-testid="territory-search"
          value={query}
          disabled={!active}
          onChange={(e) => setQuery(e.target.value)}
        />
        {query && (
          <ul className="territory-results">
            {results.map((c) => (
              <li key={c.code}>
                <button
                  type="button"
                  onClick={() => {
                    dispatch({ type: 'add', codes: [c.code] });
                    setQuery('');
                  }}
                >
                  + {c.name} <span className="code">{c.code}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <TerritoryDrawTools draw={wb.draw} disabled={!active || wb.shapeBusy} />
        {wb.shapeBusy && (
          <p role="status" data-testid="territory-shape-busy">
            Recherche des communes entourées…
          </p>
        )}
      </details>

      {active && wb.analysedCodes && wb.analysedCodes.length > 0 && wb.status === 'ready' && (
        // Summaries follow the analysed communes: their requests never queue before the analysis.
        <TerritorySummary codes={wb.analysedCodes} />
      )}

      {active && (wb.analysis || wb.analysisBusy) && (
        <div
          className="territory-analysis"
          data-testid="territory-analysis"
          aria-busy={wb.analysisBusy}
          data-busy={wb.analysisBusy}
        >
          <p className="territory-busy" role="status" data-testid="territory-busy">
            {wb.analysisBusy ? 'Calcul des indicateurs…' : ''}
          </p>
          {wb.analysis && (
            <TerritoryIndicators
              analysis={wb.analysis}
              ms={wb.analysisMs}
              nameOf={(code) => services.data.communes.nameOf(code)}
              agesKeptFrom={agesKeptFrom(services.data.files)}
              startedFrom={active?.basedOn ?? null}
            />
          )}
        </div>
      )}

      {active && <TerritoryExports wb={wb} communes={active.codes.length} />}
      <details className="territory-tools">
        <summary>Projet</summary>
        <div className="territory-row wrap">
          <button type="button" data-testid="project-save" onClick={wb.saveProject}>
            Enregistrer le projet
          </button>
          <label className="file">
            Ouvrir un projet…{' '}
            <input
              type="file"
              accept=".json,application/json"
              data-testid="project-open"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void wb.openProject(f, openMode);
                e.target.value = '';
              }}
            />
          </label>
        </div>
        {project.territories.length > 0 && (
          <fieldset className="territory-row wrap" data-testid="project-open-mode">
            <legend>Le projet ouvert…</legend>
            {(
              [
                ['add', 's’ajoute à mes territoires'],
                ['replace', 'remplace mes territoires'],
              ] as const
            ).map(([mode, label]) => (
              <label key={mode}>
                <input
                  type="radio"
                  name="project-open-mode"
                  value={mode}
                  data-testid={`project-open-${mode}`}
                  checked={openMode === mode}
                  onChange={() => setOpenMode(mode)}
                />{' '}
                {label}
              </label>
            ))}
            <span className="hint">Dans les deux cas, « Annuler » revient en arrière.</span>
          </fieldset>
        )}
      </details>
      {project.territories.length > 1 && active && (
        <details className="territory-tools">
          <summary>Comparer</summary>
          <select
            aria-label="Comparer avec"
            data-testid="territory-compare"
            value={wb.compareId ?? ''}
            onChange={(e) => wb.setCompareId(e.target.value || null)}
          >
            <option value="">Comparer « {active.name} » avec…</option>
            {project.territories
              .filter((t) => t.id !== active.id)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
          </select>
          {wb.comparison && <TerritoryComparison comparison={wb.comparison} />}
        </details>
      )}
      {wb.coverage && (
        <p className="territory-coverage" data-testid="territory-coverage">
          Couverture de l’ensemble chargé <InfoTerm term="ensembleCharge" /> :{' '}
          {wb.coverage.none.population.toLocaleString('fr-FR')} hab. dans aucune CPTS,{' '}
          {wb.coverage.one.population.toLocaleString('fr-FR')} dans une,{' '}
          {wb.coverage.twoOrMore.population.toLocaleString('fr-FR')} dans deux ou plus.
        </p>
      )}
      {!wb.coverage && wb.status === 'ready' && (
        <p className="territory-coverage" data-testid="territory-coverage">
          Couverture par les CPTS : non chargé — chargez les périmètres de CPTS (onglet Importer).
        </p>
      )}
    </section>
  );
}

/** Files the loaded age structure was kept from, when the loaded population file had no ages. */
function agesKeptFrom(files: readonly LoadedFile[]): string[] {
  const population = files.find((f) => f.status === 'loaded' && f.report.agesKept);
  return population?.report.agesKept?.files ?? [];
}

/**
 * The basin part of the « Flux PMSI » tab: both methods side by side with their parameters,
 * per-basin quality table, partition modularity and an LI histogram.
 */
import type { ReactNode } from 'react';
import { InfoTerm } from './InfoTerm';
import type { BasinMethod, BasinRequest, BasinResult } from '../app/flows-services';
import { formatNumber, formatPercent } from './format';

export const METHOD_LABELS: Record<BasinMethod, string> = {
  plurality: 'Pluralité + contiguïté',
  modularity: 'Modularité (Louvain)',
};

interface Props {
  requests: Record<BasinMethod, BasinRequest>;
  results: Partial<Record<BasinMethod, BasinResult>>;
  busy: boolean;
  onChange: (method: BasinMethod, request: BasinRequest) => void;
  onCompute: () => void;
}

function NumberField(props: {
  label: string;
  value: number;
  step: number;
  testId: string;
  onChange: (v: number) => void;
}) {
  return (
    <label className="flows-field">
      {props.label}
      <input
        type="number"
        step={props.step}
        min={0}
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v)) props.onChange(v);
        }}
      />
    </label>
  );
}

function Histogram({ result }: { result: BasinResult }) {
  const max = Math.max(1, ...result.liHistogram.map((b) => b.count));
  return (
    <div
      className="flows-histogram"
      role="figure"
      aria-label="Histogramme du LI des bassins (axe en % de séjours restés dans le bassin)"
      data-testid="li-histogram"
    >
      {result.liHistogram.map((b) => (
        <div
          key={b.from}
          className="bar"
          title={`LI de ${formatPercent(b.from, 0)} à ${formatPercent(b.to, 0)} : ${b.count} bassin(s)`}
        >
          <span style={{ height: `${(b.count / max) * 100}%` }} />
          <small>{formatPercent(b.from, 0)}</small>
        </div>
      ))}
    </div>
  );
}

function MethodParameters(props: { method: BasinMethod } & Props) {
  const { method } = props;
  const request = props.requests[method];
  const set = (patch: Partial<BasinRequest>) => props.onChange(method, { ...request, ...patch });
  return (
    <div className="flows-method" data-testid={`basins-${method}`}>
      <h4>{METHOD_LABELS[method]}</h4>
      {method === 'modularity' && (
        <NumberField
          label="Résolution"
          step={0.1}
          value={request.resolution}
          testId={`${method}-resolution`}
          onChange={(v) => set({ resolution: v })}
        />
      )}
      <NumberField
        label="LI minimal"
        step={0.05}
        value={request.minLi}
        testId={`${method}-min-li`}
        onChange={(v) => set({ minLi: v })}
      />
      <NumberField
        label="Séjours min."
        step={100}
        value={request.minStays}
        testId={`${method}-min-stays`}
        onChange={(v) => set({ minStays: v })}
      />
      <NumberField
        label="Population min."
        step={1000}
        value={request.minPopulation}
        testId={`${method}-min-population`}
        onChange={(v) => set({ minPopulation: v })}
      />
    </div>
  );
}

function Comparison({ results }: { results: Props['results'] }) {
  const methods = (['plurality', 'modularity'] as const).filter((m) => results[m]);
  if (methods.length === 0) return null;
  const row = (label: ReactNode, value: (r: BasinResult) => string, testId?: string) => (
    <tr>
      <td>{label}</td>
      {methods.map((m) => (
        <td key={m} data-testid={testId ? `${m}-${testId}` : undefined}>
          {value(results[m] as BasinResult)}
        </td>
      ))}
    </tr>
  );
  return (
    <table className="flows-table" data-testid="basins-comparison">
      <thead>
        <tr>
          <th />
          {methods.map((m) => (
            <th key={m}>{METHOD_LABELS[m]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {row('Bassins', (r) => String(r.basins.length), 'count')}
        {row('Modularité', (r) => formatNumber(r.modularity, 3), 'modularity')}
        {row(
          <>
            LI global <InfoTerm term="li" />
          </>,
          (r) => formatPercent(r.li),
        )}
        {row('LI médian', (r) => formatPercent(r.medianLi))}
        {row(
          <>
            MSI médian <InfoTerm term="msi" />
          </>,
          (r) => formatPercent(r.medianMsi),
        )}
        {row('Communes déplacées (contiguïté)', (r) => String(r.contiguityMoves))}
        {row('Fusions (seuils)', (r) => String(r.merges))}
        {row('Temps de calcul', (r) => `${formatNumber(r.elapsedMs, 0)} ms`)}
      </tbody>
    </table>
  );
}

function MethodResult({ result }: { result: BasinResult }) {
  const { method } = result;
  return (
    <div className="flows-method-result">
      <h4>
        {METHOD_LABELS[method]} : LI des bassins
        {result.isolated.length ? ` (${result.isolated.length} commune(s) isolée(s))` : ''}
      </h4>
      <Histogram result={result} />
      <table className="flows-table" data-testid={`${method}-table`}>
        <thead>
          <tr>
            <th>Bassin</th>
            <th>Comm.</th>
            <th>Pop.</th>
            <th>Séjours</th>
            <th>LI</th>
            <th>MSI</th>
            <th>
              Net. <InfoTerm term="netindex" />
            </th>
          </tr>
        </thead>
        <tbody>
          {result.basins.map((b) => (
            <tr key={b.id}>
              <td>{b.name.replace('Bassin de ', '')}</td>
              <td>{b.communes.length}</td>
              <td>{formatNumber(b.population)}</td>
              <td>{formatNumber(b.stays)}</td>
              <td>{formatPercent(b.li, 0)}</td>
              <td>{formatPercent(b.msi, 0)}</td>
              <td>{formatNumber(b.netindex, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FlowsBasins(props: Props) {
  return (
    <section className="flows-section">
      <h3>Bassins de patientèle</h3>
      <p className="flows-note">
        Unité : la commune (séjours répartis depuis les codes PMSI au prorata de la population) ;
        pôle : commune de l’établissement. Les bassins sont d’un seul tenant (communes voisines).
      </p>
      <div className="flows-methods">
        <MethodParameters method="plurality" {...props} />
        <MethodParameters method="modularity" {...props} />
      </div>
      <button
        type="button"
        data-testid="compute-basins"
        disabled={props.busy}
        onClick={props.onCompute}
      >
        {props.busy ? 'Calcul…' : 'Calculer les bassins'}
      </button>
      <Comparison results={props.results} />
      {props.results.plurality && <MethodResult result={props.results.plurality} />}
      {props.results.modularity && <MethodResult result={props.results.modularity} />}
    </section>
  );
}

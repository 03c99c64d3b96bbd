/**
 * « Importer »: the user's own files. Drop or pick several files; each is previewed (kind,
 * encoding, separator, rows, columns mapped) and its kind and mapping can be corrected; then the
 * import runs in a worker with a progress bar (rows/s) and a Cancel button, and a report per file
 * lists accepted / repaired / rejected rows and the issues (rejected rows downloadable as CSV).
 */
import { useRef, useState } from 'react';
import { useAppServices } from '../app/app-services';
import { importHeadline } from '../app/import-headline';
import {
  ImportCancelled,
  previewFiles,
  startImport,
  type ImportJob,
  type ImportOptions,
  type ImportPreview,
  type ImportProgress,
} from '../app/import-data';
import { rememberImport } from '../app/kept-imports';
import { ImportPanelMapping } from './ImportPanelMapping';
import { KeepDataSection } from './KeepDataSection';
import { ImportReports } from './ImportReports';
import { LineCounts } from './LineCounts';
import { formatNumber } from './format';
import './import-panel.css';

const KINDS: [string, string][] = [
  ['communes', 'Contours des communes'],
  ['population', 'Population (INSEE)'],
  ['professionals', 'Professionnels (Annuaire Santé)'],
  ['professional-skills', 'Savoir-faire (Annuaire Santé)'],
  ['establishments', 'Établissements (FINESS)'],
  ['stays', 'Séjours hospitaliers (PMSI)'],
  ['pmsi-zones', 'Codes géographiques PMSI ↔ codes postaux'],
  ['perimeters', 'Périmètres de CPTS'],
];

interface Entry {
  file: File;
  options: ImportOptions;
  preview: ImportPreview | null;
}

export function ImportPanel() {
  const services = useAppServices();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dropDemo, setDropDemo] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // What the last import gave, for the message's style and for tests: loaded / partial / nothing /
  // failed (null while nothing was imported or a new import runs).
  const [outcome, setOutcome] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [keptVersion, setKeptVersion] = useState(0);
  const job = useRef<ImportJob | null>(null);
  const hasDemo = Object.values(services.data.origins).includes('demo');

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setMessage(null);
    const previews = await previewFiles(files, []);
    setEntries((old) => [
      ...old,
      ...files.map((file, i) => ({ file, options: {}, preview: previews[i] ?? null })),
    ]);
  };
  const update = async (index: number, options: ImportOptions) => {
    const entry = entries[index];
    if (!entry) return;
    const [preview] = await previewFiles([entry.file], [options]);
    setEntries((old) =>
      old.map((e, i) => (i === index ? { ...e, options, preview: preview ?? null } : e)),
    );
  };
  const load = () => {
    setMessage(null);
    setOutcome(null);
    const started = startImport(
      entries.map((e) => e.file),
      entries.map((e) => e.options),
      services.data,
      { dropDemo, origin: 'user' },
      setProgress,
    );
    job.current = started;
    const files = entries.map((e) => e.file);
    const before = new Set(services.data.files.filter((f) => f.status === 'loaded').map(fileKey));
    started.done
      .then((data) => {
        setEntries([]);
        services.replaceData(data);
        // Files of earlier imports whose table this import replaced (DuckDB's register).
        const replaced = data.files
          .filter((f) => f.status === 'replaced' && before.has(fileKey(f)))
          .map((f) => f.fileName);
        const headline = importHeadline(data.lastImport ?? [], replaced);
        setOutcome(headline.outcome);
        setMessage(headline.text);
        const last = Math.max(0, ...data.files.map((f) => f.importSeq));
        const fed = data.files
          .filter((f) => f.importSeq === last && f.status === 'loaded' && f.table)
          .map((f) => f.table as string);
        // Remembered for « Garder sur cet ordinateur » when it changed the data.
        if (fed.length > 0 || dropDemo)
          rememberImport({
            files,
            options: entries.map((e) => e.options),
            dropDemo,
            fed: [...new Set(fed)],
            importedAt: new Date().toISOString(),
          })
            .then(() => setKeptVersion((v) => v + 1))
            .catch((e: unknown) =>
              setMessage(
                `${headline.text} Ces fichiers n’ont pas pu être gardés sur cet ordinateur : ${e instanceof Error ? e.message : String(e)}`,
              ),
            );
      })
      .catch((e: unknown) => {
        setOutcome('failed');
        setMessage(
          e instanceof ImportCancelled
            ? e.message
            : `L’import a échoué, les données déjà chargées sont conservées : ${e instanceof Error ? e.message : String(e)}`,
        );
      })
      .finally(() => {
        job.current = null;
        setProgress(null);
      });
  };

  return (
    <section className="panel-section import-panel" data-testid="import-panel">
      <h2>Importer vos fichiers</h2>
      <p className="hint">
        Contours, population INSEE, Annuaire Santé, FINESS, séjours PMSI, périmètres de CPTS. Les
        fichiers restent sur votre poste : ils sont lus dans le navigateur.
      </p>
      <label
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFiles([...e.dataTransfer.files]);
        }}
      >
        Déposez vos fichiers ici ou <u>choisissez-les</u>
        <input
          type="file"
          multiple
          data-testid="import-input"
          onChange={(e) => {
            void addFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
      <ul className="import-files">
        {entries.map((entry, i) => (
          <FileEntry
            key={`${entry.file.name}-${i}`}
            index={i}
            entry={entry}
            onChange={(o) => void update(i, o)}
            onRemove={() => setEntries((old) => old.filter((_, j) => j !== i))}
          />
        ))}
      </ul>
      {entries.length > 0 && (
        <>
          {hasDemo && (
            <label className="drop-demo">
              <input
                type="checkbox"
                checked={dropDemo}
                data-testid="import-drop-demo"
                onChange={(e) => setDropDemo(e.target.checked)}
              />
              Retirer les données de démonstration fictives restantes
            </label>
          )}
          <button
            type="button"
            className="primary"
            data-testid="import-load"
            disabled={progress !== null}
            onClick={load}
          >
            Charger {entries.length} fichier(s)
          </button>
        </>
      )}
      {progress && (
        <div className="import-progress" data-testid="import-progress">
          <progress value={progress.fraction ?? undefined} max={1} />
          <div>
            {progress.step} {formatNumber(progress.rowsDone)} lignes ·{' '}
            {formatNumber(Math.round(progress.rowsPerSecond))} lignes/s
          </div>
          <button type="button" data-testid="import-cancel" onClick={() => job.current?.cancel()}>
            Annuler
          </button>
        </div>
      )}
      {message && (
        <p
          className={`import-message ${outcome ?? ''}`}
          role="status"
          data-testid="import-message"
          data-outcome={outcome ?? undefined}
        >
          {message}
        </p>
      )}
      <KeepDataSection
        version={keptVersion}
        importedCount={
          services.data.files.filter((f) => f.origin === 'user' && f.status === 'loaded').length
        }
      />
      <p className="hint">
        Séjours PMSI : les codes géographiques PMSI sont répartis entre les communes au prorata de
        leur population, via les codes postaux (table code géographique ↔ codes postaux). Codes
        commune : anciens codes et arrondissements de Paris, Lyon, Marseille rattachés à la commune
        actuelle ; codes inconnus signalés.
      </p>
      <ImportReports reports={services.data.lastImport ?? []} />
    </section>
  );
}

const fileKey = (f: { importSeq: number; fileIndex: number }) => `${f.importSeq}-${f.fileIndex}`;

function FileEntry({
  index,
  entry,
  onChange,
  onRemove,
}: {
  index: number;
  entry: Entry;
  onChange: (o: ImportOptions) => void;
  onRemove: () => void;
}) {
  const p = entry.preview;
  const r = p?.report;
  return (
    <li data-testid={`import-file-${index}`}>
      <div className="file-name">
        {entry.file.name}{' '}
        <button type="button" className="link" onClick={onRemove} aria-label="Retirer">
          ✕
        </button>
      </div>
      <label>
        Type{' '}
        <select
          data-testid={`import-kind-${index}`}
          value={entry.options.kind ?? r?.kind ?? ''}
          onChange={(e) => onChange({ ...entry.options, kind: e.target.value as never })}
        >
          <option value="">non reconnu</option>
          {KINDS.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {r && (
        <div className="file-meta" data-testid={`import-meta-${index}`}>
          {r.encoding} · {r.separator ? `séparateur « ${r.separator} » · ` : ''}
          <LineCounts report={r} partial={p?.partial} />
        </div>
      )}
      {p && r?.kind !== 'communes' && (
        <ImportPanelMapping index={index} preview={p} options={entry.options} onChange={onChange} />
      )}
      {r?.kind === 'communes' && (
        <label className="mapping">
          Code commune{' '}
          <select
            data-testid={`import-map-${index}-code`}
            value={entry.options.communeCodeField ?? p?.mapping?.code ?? ''}
            onChange={(e) => onChange({ ...entry.options, communeCodeField: e.target.value })}
          >
            <option value="">—</option>
            {p?.columns.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      )}
      {r && r.issues.some((i) => i.severity !== 'info') && (
        <ul className="issues">
          {r.issues
            .filter((i) => i.severity !== 'info')
            .slice(0, 3)
            .map((i, k) => (
              <li key={k} className={i.severity}>
                {i.message}
              </li>
            ))}
        </ul>
      )}
    </li>
  );
}

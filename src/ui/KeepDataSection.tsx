/**
 * « Garder sur cet ordinateur »: says whether the imported data will be there after a reload,
 * offers to keep them (off by default; files stored in this browser, nothing sent), and erases
 * everything with one button (the saved territories only with a separate confirmation).
 */
import { useState } from 'react';
import { useKeptData } from '../app/use-kept-data';
import { formatNumber } from './format';
import './data-state.css';

export function KeepDataSection({
  importedCount,
  version,
}: {
  /** User files whose rows are in the tables. */
  importedCount: number;
  /** Changes when an import was remembered (the stored files are read again). */
  version: number;
}) {
  const { state, busy, error, choose, erase } = useKeptData(version);
  const [confirming, setConfirming] = useState(false);
  const [withTerritories, setWithTerritories] = useState(false);
  if (!state) return null;
  const size = `${formatNumber(state.bytes / 1e6, 1)} Mo`;
  return (
    <section className="keep-data" data-testid="keep-data" data-keep={String(state.keep)}>
      <p className="status" data-testid="keep-status">
        {state.keep
          ? `Vos fichiers importés sont gardés sur cet ordinateur (${state.fileNames.length} fichier${state.fileNames.length > 1 ? 's' : ''}, ${size}) et rechargés à l’ouverture de Périmètre.`
          : importedCount > 0
            ? 'Vos fichiers importés ne sont pas gardés : au rechargement de la page, ils seront oubliés et la démonstration reviendra.'
            : 'Les fichiers importés ne sont pas gardés : au rechargement de la page, ils sont oubliés.'}
      </p>
      <label>
        <input
          type="checkbox"
          data-testid="keep-toggle"
          checked={state.keep}
          disabled={busy}
          onChange={(e) => void choose(e.target.checked)}
        />{' '}
        Garder les données importées sur cet ordinateur
      </label>
      <p className="hint">
        Les fichiers sont gardés dans ce navigateur, sur cet ordinateur : rien n’est envoyé, y
        compris les séjours PMSI (données sensibles). Toute personne qui utilise ce navigateur
        pourra les ouvrir : sur un poste partagé, effacez-les après usage. Décocher efface les
        fichiers gardés.
      </p>
      {!confirming ? (
        <div className="actions">
          <button
            type="button"
            data-testid="erase-computer-data"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            Effacer les données de cet ordinateur
          </button>
        </div>
      ) : (
        <div className="confirm" data-testid="erase-confirm">
          <p>
            Effacer les fichiers gardés ({state.fileNames.length}, {size}) et le choix de les
            garder&nbsp;? La page sera rechargée avec la démonstration (la base DuckDB n’est jamais
            écrite sur le disque : elle disparaît avec la page).
          </p>
          <label>
            <input
              type="checkbox"
              data-testid="erase-territories"
              checked={withTerritories}
              onChange={(e) => setWithTerritories(e.target.checked)}
            />{' '}
            Effacer aussi les territoires enregistrés (irréversible)
          </label>
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-testid="erase-confirm-button"
              disabled={busy}
              onClick={() => void erase(withTerritories)}
            >
              Confirmer l’effacement
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Annuler
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * Territories of the project whose communes are not all in the loaded data (after an import, or
 * a project made with other data): each is listed with its missing communes, kept intact, and the
 * user may remove the missing communes explicitly (undoable).
 */
import { useMemo } from 'react';
import { useAppServices } from '../app/app-services';
import { describeMissingCommunes, flagMissingCommunes } from '../app/territory-flags';
import { useTerritoryProject } from '../app/use-territory-project';
import './data-state.css';

export function MissingCommunesNotice() {
  const services = useAppServices();
  const { history } = useTerritoryProject(services);
  const { store } = services.territories;
  const flags = useMemo(
    () => flagMissingCommunes(history.present, store.knownCodes),
    [history, store],
  );
  if (flags.length === 0) return null;
  return (
    <div className="missing-communes" role="status" data-testid="territory-missing">
      <strong>
        {flags.length} territoire{flags.length > 1 ? 's' : ''} avec des communes absentes des
        données chargées
      </strong>{' '}
      — conservé{flags.length > 1 ? 's' : ''} tel{flags.length > 1 ? 's' : ''} quel
      {flags.length > 1 ? 's' : ''} ; leurs indicateurs ne comptent que les communes chargées.
      <ul>
        {flags.map((f) => (
          <li key={f.territoryId} data-testid={`territory-missing-${f.territoryId}`}>
            <span className="name">« {f.name} »</span> : {describeMissingCommunes(f)}.{' '}
            <button
              type="button"
              data-testid="territory-missing-remove"
              onClick={() => {
                // On this territory (made active), undoable with « Annuler ».
                store.dispatch({ type: 'activate', id: f.territoryId });
                store.dispatch({ type: 'remove', codes: f.missing });
              }}
            >
              Retirer {f.missing.length > 1 ? `ces ${f.missing.length} communes` : 'cette commune'}{' '}
              du territoire
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The files of the « Accès aux soins » tab: a travel-time matrix, the DREES APL or the professionals'
 * activity, with what was read and the way back to the estimate / to people.
 */
import type { ProfessionalActivityRecord, TravelTimeRecord } from '../core/access/types';

export function AccessFiles({
  times,
  activity,
  messages,
  onFile,
  onClearTimes,
  onClearActivity,
}: {
  times: { name: string; rows: TravelTimeRecord[] } | null;
  activity: { name: string; rows: ProfessionalActivityRecord[] } | null;
  messages: readonly string[];
  onFile: (file: File | undefined) => void;
  onClearTimes: () => void;
  onClearActivity: () => void;
}) {
  return (
    <>
      <label className="access-file">
        Matrice de temps (origine ; destination ; minutes), fichier APL de la DREES (CSV) ou
        activité des professionnels (Identification nationale PP ; etp ; nb_actes ; age){' '}
        <input
          type="file"
          data-testid="access-file"
          onChange={(e) => onFile(e.target.files?.[0])}
        />
      </label>
      {times && (
        <p className="hint">
          Temps lus dans {times.name} ({times.rows.length} couples), à la place de l’estimation.{' '}
          <button type="button" onClick={onClearTimes}>
            Revenir à l’estimation
          </button>
        </p>
      )}
      {activity && (
        <p className="hint" data-testid="access-activity-file">
          Activité lue dans {activity.name} ({activity.rows.length} lignes).{' '}
          <button type="button" onClick={onClearActivity}>
            Revenir aux personnes
          </button>
        </p>
      )}
      {messages.map((m) => (
        <p key={m} className="access-issue">
          {m}
        </p>
      ))}
    </>
  );
}

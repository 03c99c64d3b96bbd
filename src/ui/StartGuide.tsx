/**
 * « Par où commencer » : three steps for a first visit (explore, build, justify), shown until the
 * user dismisses it; the dismissal is remembered in localStorage.
 */
import { useState } from 'react';

/** localStorage key of the dismissal. */
export const START_GUIDE_KEY = 'perimetre.startGuide.dismissed';

function readDismissed(): boolean {
  try {
    return window.localStorage.getItem(START_GUIDE_KEY) === '1';
  } catch {
    // Storage blocked (private mode, policy): show the guide, it can still be closed.
    return false;
  }
}

export function StartGuide() {
  const [dismissed, setDismissed] = useState(readDismissed);
  if (dismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      window.localStorage.setItem(START_GUIDE_KEY, '1');
    } catch {
      // Not remembered: the guide comes back on the next visit, nothing else is lost.
    }
  };
  return (
    <section className="start-guide" aria-labelledby="start-guide-title" data-testid="start-guide">
      <header>
        <h2 id="start-guide-title">Par où commencer</h2>
        <button
          type="button"
          className="start-guide-close"
          aria-label="Fermer « Par où commencer »"
          data-testid="start-guide-close"
          onClick={dismiss}
        >
          ×
        </button>
      </header>
      <ol>
        <li>
          <strong>Explorer</strong> : choisissez un indicateur ci-dessous et survolez ou cliquez une
          commune de la carte.
        </li>
        <li>
          <strong>Construire</strong> : onglet « Territoire », « Nouveau », puis cliquez sur les
          communes à inclure (ou partez d’une CPTS).
        </li>
        <li>
          <strong>Justifier</strong> : comparez flux PMSI et accès aux soins, puis exportez le «
          Dossier (diagnostic) ».
        </li>
      </ol>
    </section>
  );
}

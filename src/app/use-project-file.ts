/**
 * The project file of the workbench: « Enregistrer le projet » downloads every territory as JSON,
 * « Ouvrir un projet… » adds a file's territories to the current ones or replaces them, as the
 * user chose (either way « Annuler » takes the opening back), and says what could not be read.
 */
import { useCallback } from 'react';
import { exportFileName } from '../core/territory/to-territory-exports';
import type { LoadedData } from './load-data';
import { downloadBlob, todayIso } from './territory-exports';
import { describeMissing, parseProjectFile, toProjectFile } from './territory-project';
import type { Territory, TerritoryAction, TerritoryProject } from './territory-store';

/** What opening a project does with the current territories. */
export type ProjectOpenMode = 'add' | 'replace';

export function useProjectFile(
  data: LoadedData,
  project: TerritoryProject,
  active: Territory | null,
  knownCodes: ReadonlySet<string>,
  dispatch: (action: TerritoryAction) => void,
  setMessage: (message: string) => void,
) {
  const saveProject = useCallback(() => {
    downloadBlob(
      exportFileName(`projet ${active?.name ?? 'territoires'}`, todayIso(), 'json'),
      new Blob([toProjectFile(project, data.title, todayIso())], { type: 'application/json' }),
    );
  }, [project, data, active]);

  const openProject = useCallback(
    async (file: File, mode: ProjectOpenMode = 'add') => {
      try {
        const opened = parseProjectFile(file.name, await file.text(), knownCodes);
        const count = opened.project.territories.length;
        const replace = mode === 'replace' && count > 0;
        dispatch({ type: replace ? 'replace' : 'merge', project: opened.project });
        setMessage(
          [
            replace
              ? `Projet « ${file.name} » ouvert : ${count} territoire(s) remplacent vos ${project.territories.length} territoire(s) (Annuler pour les retrouver).`
              : `Projet « ${file.name} » ouvert : ${count} territoire(s) ajouté(s) à vos territoires (Annuler pour revenir en arrière).`,
            ...opened.notes,
            describeMissing(opened.missing, opened.dataTitle),
          ]
            .filter(Boolean)
            .join(' '),
        );
      } catch (e) {
        setMessage(e instanceof Error ? e.message : String(e));
      }
    },
    [knownCodes, dispatch, setMessage, project],
  );
  return { saveProject, openProject };
}

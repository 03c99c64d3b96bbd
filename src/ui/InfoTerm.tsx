/**
 * The ⓘ help of a term: its definition from the shared glossary (`src/core/territory/glossary.ts`,
 * the one the dossier prints), on hover, on keyboard focus and on tap. The mark is a letter « i »
 * drawn in a circle by CSS: the ⓘ character is missing from some system fonts.
 */
import { GLOSSARY, type GlossaryKey } from '../core/territory/glossary';

export function InfoTerm({ term }: { term: GlossaryKey }) {
  const g = GLOSSARY[term];
  const text = `${g.term} : ${g.definition} (${g.source})`;
  return (
    <span
      className="info-term"
      role="img"
      tabIndex={0}
      title={text}
      aria-label={`Aide : ${text}`}
      data-testid={`info-${term}`}
    >
      i
    </span>
  );
}

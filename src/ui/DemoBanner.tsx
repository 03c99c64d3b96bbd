/** The banner shown while fictitious data is loaded: nobody may mistake the demo for real data. */
export function DemoBanner({ title }: { title: string }) {
  return (
    <div className="demo-banner" role="status" data-testid="demo-banner">
      <strong>Données fictives</strong> — {title}. Département inventé (code 96) : aucune de ces
      communes, aucun de ces professionnels ni de ces séjours n’existe.
    </div>
  );
}

import { Day } from "@/components/day";
import { SourceLink } from "@/components/source-link";
import { StanceTag } from "@/components/stance-tag";
import { currentPositions, type PositionData } from "@/lib/legislation/positions";

function Organisation({ organisation }: { organisation: PositionData["organisation"] }) {
  const name = organisation.url ? (
    <a href={organisation.url} rel="noopener">
      {organisation.name}
    </a>
  ) : (
    organisation.name
  );
  return (
    <>
      {name}
      {organisation.isOwn ? <span className="text-muted"> (runs this site)</span> : null}
    </>
  );
}

/** Where organisations stand on the bill now, and every position they have taken, dated. */
export function PositionList({ positions }: { positions: readonly PositionData[] }) {
  const current = currentPositions(positions);
  return (
    <section aria-labelledby="positions-heading" className="mt-10">
      <h2 id="positions-heading" className="text-2xl font-bold">
        Positions
      </h2>
      {current.length === 0 ? (
        <p className="mt-3">No organisation&rsquo;s position on this bill is recorded.</p>
      ) : (
        <>
          <ul className="mt-3 max-w-3xl border-t border-rule">
            {current.map((position) => (
              <li key={position.id} className="border-b border-rule py-3">
                <p className="font-bold">
                  <Organisation organisation={position.organisation} />
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                  <StanceTag stance={position.stance} />
                  <span className="text-sm text-muted">
                    Since <Day value={position.statedOn} />
                  </span>
                </p>
                <p className="mt-2">{position.statement}</p>
                {position.sourceUrl ? (
                  <p className="mt-1 text-sm">
                    <SourceLink url={position.sourceUrl} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <h3 className="mt-6 text-lg font-bold">History of positions</h3>
          <p className="text-sm text-muted">Newest first. A change of position is added; earlier ones stay.</p>
          <ol className="mt-2 max-w-3xl border-t border-rule">
            {positions.map((position) => (
              <li key={position.id} className="border-b border-rule py-2">
                <Day value={position.statedOn} />: <Organisation organisation={position.organisation} />,{" "}
                <StanceTag stance={position.stance} />
                <span className="block text-sm">{position.statement}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

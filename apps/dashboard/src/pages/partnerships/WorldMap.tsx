import { ComposableMap, Geographies, Geography } from "react-simple-maps";
import countries110m from "world-atlas/countries-110m.json";
import type { Partnership } from "../../api/types.js";
import { alpha2FromNumeric } from "../../map/country-codes.js";
import { levelClass } from "./levels.js";

type Props = { partnerships: readonly Partnership[]; homeCode: string; label: string };

/** World map (bundled Natural Earth 1:110m, nothing fetched) coloured by partnership level. */
export default function WorldMap({ partnerships, homeCode, label }: Props) {
  const byCode = new Map(partnerships.map((p) => [p.countryCode.toUpperCase(), p]));
  return (
    <ComposableMap
      className="world-map"
      projection="geoEqualEarth"
      width={880}
      height={430}
      projectionConfig={{ scale: 165 }}
      role="img"
      aria-label={label}
    >
      <Geographies geography={countries110m as unknown as Parameters<typeof Geographies>[0]["geography"]}>
        {({ geographies }) =>
          geographies.map((geo) => {
            const code = alpha2FromNumeric(geo.id);
            const name = String((geo.properties as { name?: unknown } | null)?.name ?? code ?? "");
            const partnership = code ? byCode.get(code) : undefined;
            const home = code === homeCode;
            const title = home
              ? `${name}`
              : partnership
                ? `${partnership.countryName}: ${partnership.level}${partnership.since ? ` since ${partnership.since}` : ""}`
                : `${name}: no partnership framework found`;
            return (
              <Geography
                key={geo.rsmKey}
                geography={geo}
                className={home ? "country home" : `country ${levelClass(partnership?.levelRank)}`}
                data-code={code ?? undefined}
                data-level={partnership?.level}
                tabIndex={-1}
                aria-hidden="true"
              >
                <title>{title}</title>
              </Geography>
            );
          })
        }
      </Geographies>
    </ComposableMap>
  );
}

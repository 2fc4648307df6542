"""Trims the packed CLDR and world-atlas npm packages to the files Liaison.Reference embeds.

Usage: trim_reference_data.py PACKAGES_DIR DATA_DIR (called by refresh-reference-data.sh).
Every output is sorted and compact, so the same packages always give the same bytes.
"""

import json
import pathlib
import sys

LANGUAGES = ("ar", "en", "es", "fr")
# ISO 3166-1 leaves numeric codes 900-999 to users; CLDR gives AA 958 and EU 967 all the same.
FIRST_USER_ASSIGNED_NUMERIC = 900
ANTARCTICA = "010"


def read(path):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def write(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def territory_names(packages):
    """Default (not -alt-) names of alpha-2 and M49 codes, per language."""
    names = {}
    for language in LANGUAGES:
        file = packages / "cldr-localenames-full" / "main" / language / "territories.json"
        territories = read(file)["main"][language]["localeDisplayNames"]["territories"]
        names[language] = {code: name for code, name in territories.items() if "-alt-" not in code}
    return names


def containment(packages):
    """M49 containment: only numeric containers (drops EU, EZ, UN, QO and the -status- lists)."""
    file = packages / "cldr-core" / "supplemental" / "territoryContainment.json"
    groups = read(file)["supplemental"]["territoryContainment"]
    return {code: group["_contains"] for code, group in groups.items() if code.isdigit()}


def iso_numeric(packages):
    """Alpha-2 -> ISO 3166-1 numeric, for codes in use: not deprecated, not user-assigned."""
    core = packages / "cldr-core" / "supplemental"
    mappings = read(core / "codeMappings.json")["supplemental"]["codeMappings"]
    aliases = read(core / "aliases.json")["supplemental"]["metadata"]["alias"]["territoryAlias"]
    return {
        code: mapping["_numeric"]
        for code, mapping in mappings.items()
        if len(code) == 2 and code not in aliases
        and int(mapping.get("_numeric", FIRST_USER_ASSIGNED_NUMERIC)) < FIRST_USER_ASSIGNED_NUMERIC
    }


def countries_110m(topology):
    """The countries object alone, without Antarctica or names, with its arcs renumbered."""
    geometries = [g for g in topology["objects"]["countries"]["geometries"] if g.get("id") != ANTARCTICA]
    used = sorted({arc if arc >= 0 else ~arc for g in geometries for arc in arc_indices(g)})
    renumber = {old: new for new, old in enumerate(used)}

    def remap(arcs):
        if isinstance(arcs, int):
            return renumber[arcs] if arcs >= 0 else ~renumber[~arcs]
        return [remap(part) for part in arcs]

    kept = [{"type": g["type"], "arcs": remap(g["arcs"]), **({"id": g["id"]} if "id" in g else {})}
            for g in geometries]
    return {
        "type": "Topology",
        "transform": topology["transform"],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": kept}},
        "arcs": [topology["arcs"][old] for old in used],
    }


def arc_indices(geometry):
    stack = [geometry["arcs"]]
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            yield item
        else:
            stack.extend(item)


def decoded_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def centroid(points):
    """Signed-area centroid of a ring in longitude/latitude degrees, and the ring's area."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = zip(*points)
        return (sum(xs) / len(xs), sum(ys) / len(ys)), 0.0
    return (cx / (3 * area), cy / (3 * area)), abs(area / 2)


def small_countries(topology, drawn_ids, alpha2_by_numeric):
    """Centre of the largest polygon of each coded country in topology whose id is not in drawn_ids."""
    arcs = decoded_arcs(topology)
    points = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2_by_numeric.get(geometry.get("id"))
        if code is None or geometry.get("id") in drawn_ids:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        candidates = [centroid(ring_points(polygon[0], arcs)) for polygon in polygons]
        (lon, lat), _ = max(candidates, key=lambda candidate: candidate[1])
        points[code] = [round(lon, 2), round(lat, 2)]
    return points


def main(packages, data):
    packages, data = pathlib.Path(packages), pathlib.Path(data)
    numeric = iso_numeric(packages)
    alpha2_by_numeric = {value: code for code, value in numeric.items()}
    atlas = packages / "world-atlas"
    trimmed = countries_110m(read(atlas / "countries-110m.json"))
    drawn = {g["id"] for g in trimmed["objects"]["countries"]["geometries"] if "id" in g}

    write(data / "Cldr" / "territory-names.json", territory_names(packages))
    write(data / "Cldr" / "territory-containment.json", containment(packages))
    write(data / "Cldr" / "iso3166-numeric.json", numeric)
    write(data / "WorldAtlas" / "countries-110m.json", trimmed)
    # Small states come from the 1:50m file, the smallest (Tuvalu, Gibraltar, ...) from the 1:10m one.
    small = {}
    for scale in ("50m", "10m"):
        skip = drawn | {ANTARCTICA} | {numeric[code] for code in small}
        small |= small_countries(read(atlas / f"countries-{scale}.json"), skip, alpha2_by_numeric)
    write(data / "WorldAtlas" / "small-countries.json", small)


if __name__ == "__main__":
    main(*sys.argv[1:])
